using System.Text;
using System.Text.RegularExpressions;
using Serverless.Shared.Reading;

namespace Serverless.Shared.Segmentation;

/// <summary>
/// Text exported as Markdown (or written like it): paragraphs end at blank lines, <c>#</c> lines are headings,
/// a bullet or numbered line starts a new paragraph even without a blank line, a line that starts with a
/// superscript number (<c>&lt;sup&gt;3&lt;/sup&gt; Voir ...</c>, also in its escaped form) is a footnote, and page
/// furniture between paragraphs marks a page break.
/// </summary>
internal sealed partial class MarkdownTextLayout : IDocumentLayout
{
    public string Name => "markdown-text";

    public List<DraftParagraph> Assemble(IReadOnlyList<TextBlock> blocks, CancellationToken cancellationToken)
    {
        var drafts = new List<DraftParagraph>();
        var text = new StringBuilder();

        // The paragraph while it has a single line (most Markdown paragraphs are one line): that line's string is
        // kept as the paragraph's text instead of being copied into the builder and out again.
        string? single = null;
        var pageBreak = false;
        var bulleted = false;

        void Flush()
        {
            if (single is not null || text.Length > 0)
            {
                drafts.Add(new DraftParagraph(single ?? text.ToString(), BlockKind.Paragraph) { AfterPageBreak = pageBreak, Bulleted = bulleted });
                pageBreak = false;
            }

            single = null;
            text.Clear();
            bulleted = false;
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            if ((i & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var line = blocks[i].Text.Trim();
            if (line.Length == 0 || line.StartsWith('\f'))
            {
                Flush();
                pageBreak |= line.StartsWith('\f');
                line = line.TrimStart('\f').Trim();
                if (line.Length == 0)
                {
                    continue;
                }
            }

            if (PageFurniture.IsFurniture(line))
            {
                Flush();
                pageBreak = true;
                continue;
            }

            if (line[0] == '#' && MarkdownHeading.TryParse(line, out var level, out var title))
            {
                Flush();
                drafts.Add(new DraftParagraph(title, BlockKind.Heading) { Level = level });
                continue;
            }

            if (line[0] is '<' or '&' or '[' && FootnoteLine().Match(line) is { Success: true } note)
            {
                Flush();
                drafts.Add(new DraftParagraph(line[note.Length..], BlockKind.Footnote) { Number = note.Groups["n"].Value });
                pageBreak = true;
                continue;
            }

            var bullet = line[0] is '-' or '*' or '+' && Bullet().IsMatch(line);
            var started = single is not null || text.Length > 0;
            if (started && (bullet || ParagraphNumbering.StartsNumbered(line)))
            {
                Flush();
                started = false;
            }

            if (!started)
            {
                bulleted = bullet;
                single = line;
                continue;
            }

            if (single is not null)
            {
                text.Append(single);
                single = null;
            }

            text.Append(' ').Append(line);
        }

        Flush();
        return drafts;
    }

    /// <summary><c>&lt;sup&gt;3&lt;/sup&gt; text</c> or the escaped form <c>&lt;sup&gt;&amp;&lt;/sup&gt;lt;sup&gt;3&lt;/sup&gt; text</c>.</summary>
    [GeneratedRegex(@"^(?:<sup>&</sup>lt;sup>|<sup>|&lt;sup&gt;|\[\^?)(?<n>\d{1,3})(?:</sup>|&lt;/sup&gt;|\]:?)\s+")]
    private static partial Regex FootnoteLine();

    [GeneratedRegex(@"^[-*+]\s+")]
    private static partial Regex Bullet();
}
