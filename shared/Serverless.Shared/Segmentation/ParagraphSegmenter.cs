using System.Text;
using System.Text.RegularExpressions;
using Serverless.Shared.Reading;

namespace Serverless.Shared.Segmentation;

/// <summary>
/// Turns blocks into paragraphs with the general UN layout rules: wrapped lines join until a blank line,
/// a numbered paragraph starts a new one, headings set the section, page furniture is dropped.
/// </summary>
public sealed partial class ParagraphSegmenter
{
    public IReadOnlyList<Paragraph> Segment(IReadOnlyList<TextBlock> blocks, CancellationToken cancellationToken = default)
    {
        var paragraphs = new List<Paragraph>();
        string? section = null;
        var pending = new StringBuilder();
        int? pendingPage = null;

        void Emit(string text, BlockKind kind, string? formatNumber, int? page)
        {
            text = Normalise(text);
            if (text.Length == 0 || IsPageFurniture(text))
            {
                return;
            }

            var (number, body) = SplitNumber(text, formatNumber);
            var paragraphKind = KindOf(kind, number, body);
            if (paragraphKind == ParagraphKind.Heading)
            {
                section = text;
            }

            paragraphs.Add(new Paragraph(paragraphs.Count, body, paragraphKind, number,
                paragraphKind == ParagraphKind.Heading ? null : section, page));
        }

        void Flush()
        {
            if (pending.Length > 0)
            {
                Emit(pending.ToString(), BlockKind.Paragraph, null, pendingPage);
                pending.Clear();
            }
        }

        foreach (var block in blocks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (block.Kind != BlockKind.Line)
            {
                Flush();
                Emit(block.Text, block.Kind, block.Number, block.Page);
                continue;
            }

            var line = block.Text.Trim();
            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            if (MarkdownHeading().Match(line) is { Success: true } heading)
            {
                Flush();
                Emit(heading.Groups["text"].Value, BlockKind.Heading, null, block.Page);
                continue;
            }

            if (pending.Length > 0 && StartsNumberedParagraph().IsMatch(line))
            {
                Flush();
            }

            if (pending.Length == 0)
            {
                pendingPage = block.Page;
            }
            else
            {
                pending.Append(' ');
            }

            pending.Append(line);
        }

        Flush();
        return paragraphs;
    }

    private static ParagraphKind KindOf(BlockKind blockKind, string? number, string body) => blockKind switch
    {
        BlockKind.Heading => ParagraphKind.Heading,
        BlockKind.Footnote => ParagraphKind.Footnote,
        BlockKind.Table => ParagraphKind.Table,
        BlockKind.ListItem when number is null => ParagraphKind.ListItem,
        _ when number is not null && OperativeVerb().IsMatch(body) => ParagraphKind.Operative,
        _ when number is null && PreambularOpening().IsMatch(body) => ParagraphKind.Preambular,
        _ => ParagraphKind.Paragraph,
    };

    private static (string? Number, string Body) SplitNumber(string text, string? formatNumber)
    {
        if (formatNumber is not null)
        {
            return (formatNumber, text);
        }

        var match = LeadingNumber().Match(text);
        return match.Success
            ? (match.Groups["number"].Value, text[match.Length..].TrimStart())
            : (null, text);
    }

    private static string Normalise(string text)
    {
        text = MarkdownEmphasis().Replace(text, "${inner}");
        return Whitespace().Replace(text, " ").Trim();
    }

    private static bool IsPageFurniture(string text) => PageFurniture().IsMatch(text);

    [GeneratedRegex(@"^#{1,6}\s+(?<text>.+?)\s*#*$")]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"^(?:-\s*)?\d{1,3}\.\s+\p{Lu}")]
    private static partial Regex StartsNumberedParagraph();

    [GeneratedRegex(@"^(?:-\s*)?(?<number>\d{1,3}(?:\.\d{1,2})?|[a-z])[.)]\s+")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"\*{1,2}(?<inner>[^*]+)\*{1,2}")]
    private static partial Regex MarkdownEmphasis();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>Job numbers (<c>25-13008</c>), page marks (<c>5/20</c>), <c>GE.25-...</c> lines.</summary>
    [GeneratedRegex(@"^(?:\d{2}-\d{5}(?:\s*\(F\))?\s*(?:\d{1,3}/\d{1,3})?|\d{1,3}/\d{1,3}(?:\s*\d{2}-\d{5})?|GE\.\d{2}-\d+.*|\d{1,3})$")]
    private static partial Regex PageFurniture();

    [GeneratedRegex(@"^(?:Prie|Demande|Invite|Engage|Encourage|Exhorte|Recommande|Décide|Charge|Accueille|Prend note|Souligne|Réaffirme|Requests|Calls upon|Invites|Urges|Encourages|Recommends|Decides|Welcomes|Takes note|Stresses|Reaffirms|Emphasizes)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OperativeVerb();

    [GeneratedRegex(@"^(?:Rappelant|Notant|Réaffirmant|Considérant|Conscient|Consciente|Reconnaissant|Soulignant|Prenant note|Sachant|Constatant|Se félicitant|Recalling|Noting|Reaffirming|Considering|Recognizing|Recognising|Stressing|Taking note|Aware|Mindful|Welcoming|Acknowledging)\b")]
    private static partial Regex PreambularOpening();
}
