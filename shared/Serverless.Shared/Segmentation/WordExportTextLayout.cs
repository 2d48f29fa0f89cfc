using System.Text;
using Serverless.Shared.Reading;

namespace Serverless.Shared.Segmentation;

/// <summary>
/// A DOCX saved as plain text: Word writes each paragraph on one line, numbers followed by a tab
/// (<c>2.6&lt;TAB&gt;</c>, <c>II&lt;TAB&gt;</c>, <c>a)&lt;TAB&gt;</c>), and footnotes inline after their call
/// (<c>[footnoteRef:3] ... [3: text]</c>), sometimes over two lines when the note holds a line break.
/// So every line is a paragraph, except the lines that finish an open inline footnote.
/// </summary>
internal sealed class WordExportTextLayout : IDocumentLayout
{
    public string Name => "word-export-text";

    public List<DraftParagraph> Assemble(IReadOnlyList<TextBlock> blocks, CancellationToken cancellationToken)
    {
        var drafts = new List<DraftParagraph>();
        var pageBreak = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            if ((i & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var raw = blocks[i].Text;
            pageBreak |= raw.Contains('\f');
            var line = raw.Replace('\f', ' ').TrimEnd();
            if (line.Trim().Length == 0)
            {
                continue;
            }

            if (PageFurniture.IsFurniture(line))
            {
                pageBreak = true;
                continue;
            }

            var text = new StringBuilder(line);
            while (OpenInlineNote(text) && i + 1 < blocks.Count)
            {
                var next = blocks[++i].Text.Trim();
                text.Append(text.Length > 0 && text[^1] is '/' or '-' ? string.Empty : " ").Append(next);
            }

            drafts.Add(new DraftParagraph(text.ToString(), BlockKind.Paragraph) { AfterPageBreak = pageBreak, HeadingCandidate = true });
            pageBreak = false;
        }

        return drafts;
    }

    /// <summary>An inline footnote <c>[3: ...</c> whose closing bracket is on a later line.</summary>
    private static bool OpenInlineNote(StringBuilder text)
    {
        var s = text.ToString();
        var open = s.LastIndexOf(": \t", StringComparison.Ordinal) is var tab and >= 0 ? tab : s.LastIndexOf(": ", StringComparison.Ordinal);
        if (open < 0)
        {
            return false;
        }

        var bracket = s.LastIndexOf('[', open);
        if (bracket < 0 || !s[(bracket + 1)..open].All(char.IsDigit) || open - bracket > 4)
        {
            return false;
        }

        return s.IndexOf(']', open) < 0;
    }
}
