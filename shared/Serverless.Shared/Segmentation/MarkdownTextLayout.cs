using System.Text;
using System.Text.RegularExpressions;
using Serverless.Shared.Reading;

namespace Serverless.Shared.Segmentation;

/// <summary>
/// Text exported as Markdown (or written like it): paragraphs end at blank lines, <c>#</c> lines are headings,
/// a bullet or numbered line starts a new paragraph even without a blank line, a line that starts with a
/// superscript number (<c>&lt;sup&gt;3&lt;/sup&gt; Voir ...</c>, also in its escaped form) is a footnote, and page
/// furniture between paragraphs marks a page break. A block of short lines that each open with a capital and none of
/// which ends a sentence (a letterhead, an address, a signature: "Makerere University" / "College of Computing" /
/// "Kampala, Uganda") is read line by line: joined, its lines would read as one sentence naming nobody.
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

        // The lines of the paragraph being read while each of them could stand alone (see StandsAlone).
        var standalone = new List<string>();
        var allStandalone = true;

        void Flush()
        {
            if (!bulleted && allStandalone && standalone.Count > 1)
            {
                foreach (var line in standalone)
                {
                    drafts.Add(new DraftParagraph(line, BlockKind.Paragraph) { AfterPageBreak = pageBreak });
                    pageBreak = false;
                }
            }
            else if (single is not null || text.Length > 0)
            {
                drafts.Add(new DraftParagraph(single ?? text.ToString(), BlockKind.Paragraph) { AfterPageBreak = pageBreak, Bulleted = bulleted });
                pageBreak = false;
            }

            single = null;
            text.Clear();
            bulleted = false;
            standalone.Clear();
            allStandalone = true;
        }

        void Keep(string line)
        {
            allStandalone &= StandsAlone(line);
            if (allStandalone)
            {
                standalone.Add(line);
            }
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

            // Markdown's bullets, and the typographic ones a plain-text contribution pastes from a word processor
            // (Word's second level, the letter o, before a tab).
            var bullet = (line[0] is '-' or '*' or '+' or 'o' || SymbolFontBullets.IsBullet(line[0])) && Bullet().IsMatch(line);
            var started = single is not null || text.Length > 0;
            if (started && single is not null && !bulleted && IsHeadingOver(single, line))
            {
                // Read as the heading it is, so that its paragraph is classified under it ("Enabling environment (C6)").
                drafts.Add(new DraftParagraph(single, BlockKind.Heading) { Level = RunOnHeadingLevel, AfterPageBreak = pageBreak });
                pageBreak = false;
                single = null;
                standalone.Clear();
                allStandalone = true;
                started = false;
            }

            if (started && (bullet || ParagraphNumbering.StartsNumbered(line)))
            {
                Flush();
                started = false;
            }

            Keep(line);
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

            WrappedLine.Join(text, line);
        }

        Flush();
        BracketedNoteCalls.Mark(drafts);
        return drafts;
    }

    /// <summary>
    /// A heading written on the line right above its paragraph, with no blank line between ("Action Line C5 — Building
    /// confidence and security" / "Our work under Action Line C5 in 2025 comprised..."; "Coopération régionale" / "En 2025,
    /// l'Union a..."): a line that stands alone, over a line longer than any such line that opens a sentence. A wrapped
    /// paragraph's first line is as long as its next; a field ("Subject: ...") is read with its value. It is read as a
    /// heading, which its paragraph stands under.
    /// </summary>
    private static bool IsHeadingOver(string first, string next) =>
        StandsAlone(first) && !first.Contains(':') && next.Length > StandaloneLineLength && char.IsUpper(next[0]);

    /// <summary>A heading line over its paragraph is a section's heading, under the document's title.</summary>
    private const int RunOnHeadingLevel = 2;

    /// <summary>The longest line of a letterhead, an address or a signature block; a wrapped paragraph's lines are longer.</summary>
    private const int StandaloneLineLength = 60;

    /// <summary>
    /// A line that reads as a unit of its own: short, opening with a capital (a wrapped sentence's next line opens in
    /// lower case) and not ending a sentence or a clause (a block whose lines end with full stops is prose).
    /// </summary>
    private static bool StandsAlone(string line) =>
        line.Length <= StandaloneLineLength && char.IsUpper(line[0]) && line[^1] is not ('.' or '!' or '?' or ';' or ':' or ',');

    /// <summary><c>&lt;sup&gt;3&lt;/sup&gt; text</c> or the escaped form <c>&lt;sup&gt;&amp;&lt;/sup&gt;lt;sup&gt;3&lt;/sup&gt; text</c>.</summary>
    [GeneratedRegex(@"^(?:<sup>&</sup>lt;sup>|<sup>|&lt;sup&gt;|\[\^?)(?<n>\d{1,3})(?:</sup>|&lt;/sup&gt;|\]:?)\s+")]
    private static partial Regex FootnoteLine();

    [GeneratedRegex(@"^(?:[-*+" + SymbolFontBullets.Characters + @"]\s+|o\t+)")]
    private static partial Regex Bullet();
}
