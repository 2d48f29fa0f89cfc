using System.Text;
using System.Text.RegularExpressions;

namespace Serverless.Shared.Reading;

/// <summary>
/// Turns the lines of all pages into blocks. Works on the whole document because furniture is only
/// recognisable by repetition: a line in the top or bottom margin whose text, digits aside, recurs on
/// several pages is a running header or footer (<c>A/80/62</c>, <c>25-01234</c>, <c>5/20</c>).
/// </summary>
internal static partial class PdfParagraphBuilder
{
    /// <summary>Share of the page height, from the top and from the bottom, where running furniture lives.</summary>
    private const double MarginShare = 0.1;

    public static List<TextBlock> Build(List<PdfPageLines> pages)
    {
        var furniture = RepeatedMarginLines(pages);
        var bodySize = BodyFontSize(pages);
        var blocks = new List<TextBlock>();
        foreach (var page in pages)
        {
            var body = new List<PdfLine>();
            var notes = new List<PdfLine>();
            foreach (var line in page.Lines)
            {
                if (IsFurniture(line, page, furniture))
                {
                    continue;
                }

                // Footnotes: smaller type in the lower half, starting with their number (or continuing one).
                var small = line.FontSize < bodySize * 0.9;
                var lower = line.Top < page.Height * 0.5;
                if (small && lower && (notes.Count > 0 || FootnoteStart().IsMatch(line.Text)))
                {
                    notes.Add(line);
                    continue;
                }

                body.Add(line);
            }

            AddParagraphs(body, bodySize, blocks);
            AddFootnotes(notes, blocks);
        }

        return blocks;
    }

    private static void AddParagraphs(List<PdfLine> lines, double bodySize, List<TextBlock> blocks)
    {
        var text = new StringBuilder();
        PdfLine? previous = null;
        var heading = false;
        var lineGap = TypicalGap(lines);
        var left = lines.Count > 0 ? lines.Min(l => l.Left) : 0;

        void Flush()
        {
            if (text.Length > 0 && previous is not null)
            {
                blocks.Add(new TextBlock(text.ToString(), heading ? BlockKind.Heading : BlockKind.Paragraph,
                    heading ? 1 : 0, Page: previous.Page));
            }

            text.Clear();
        }

        int? firstPage = null;
        foreach (var line in lines)
        {
            var isHeading = line.FontSize > bodySize * 1.15 || (line.Bold && line.Text.Length < 120 && !EndsSentence(line.Text));
            var startsNew = previous is null ||
                            isHeading != heading ||
                            line.Top < previous.Bottom - lineGap * 1.6 - 1 ||
                            line.Left > left + bodySize * 1.2 && previous.Left <= left + bodySize * 1.2 ||
                            NumberedStart().IsMatch(line.Text);
            if (startsNew && previous is not null)
            {
                Flush();
            }

            if (text.Length == 0)
            {
                heading = isHeading;
                firstPage = line.Page;
            }
            else if (text[^1] == '\u00AD')
            {
                text.Length--; // a soft hyphen marks a word divided at the line end
            }
            else if (text[^1] is '-' or '/' && text.Length > 1 && char.IsLetterOrDigit(text[^2]) && line.Text.Length > 0 && char.IsLower(line.Text[0]))
            {
                // UN texts are set without word division: a final hyphen belongs to a compound or a URL, so it stays.
            }
            else
            {
                text.Append(' ');
            }

            text.Append(line.Text.Trim());
            previous = line with { Page = firstPage ?? line.Page };
        }

        Flush();
    }

    private static void AddFootnotes(List<PdfLine> notes, List<TextBlock> blocks)
    {
        string? number = null;
        var text = new StringBuilder();
        int page = 0;

        void Flush()
        {
            if (text.Length > 0)
            {
                blocks.Add(new TextBlock(text.ToString(), BlockKind.Footnote, Number: number, Page: page));
            }

            text.Clear();
        }

        foreach (var note in notes)
        {
            if (FootnoteStart().Match(note.Text) is { Success: true } start)
            {
                Flush();
                number = start.Groups["n"].Value;
                page = note.Page;
                text.Append(note.Text[start.Length..].Trim());
                continue;
            }

            text.Append(text.Length > 0 && text[^1] == '-' ? string.Empty : " ").Append(note.Text.Trim());
        }

        Flush();
    }

    private static HashSet<string> RepeatedMarginLines(List<PdfPageLines> pages)
    {
        var counts = new Dictionary<string, int>();
        foreach (var page in pages)
        {
            foreach (var key in page.Lines.Where(l => InMargin(l, page)).Select(l => Key(l.Text)).Distinct())
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        var threshold = Math.Max(2, pages.Count / 3);
        return counts.Where(c => c.Value >= threshold).Select(c => c.Key).ToHashSet();
    }

    private static bool IsFurniture(PdfLine line, PdfPageLines page, HashSet<string> repeated) =>
        InMargin(line, page) && (repeated.Contains(Key(line.Text)) || PageNumber().IsMatch(line.Text.Trim()));

    private static bool InMargin(PdfLine line, PdfPageLines page) =>
        line.Bottom > page.Height * (1 - MarginShare) || line.Top < page.Height * MarginShare;

    /// <summary>Digits vary from page to page (page numbers), so they are folded.</summary>
    private static string Key(string text) => Digits().Replace(text.Trim(), "#");

    private static double BodyFontSize(List<PdfPageLines> pages)
    {
        var sizes = pages.SelectMany(p => p.Lines)
            .GroupBy(l => Math.Round(l.FontSize * 2) / 2)
            .OrderByDescending(g => g.Sum(l => l.Text.Length))
            .FirstOrDefault();
        return sizes?.Key ?? 10;
    }

    private static double TypicalGap(List<PdfLine> lines)
    {
        var gaps = new List<double>();
        for (var i = 1; i < lines.Count; i++)
        {
            var gap = lines[i - 1].Bottom - lines[i].Top;
            if (gap >= 0)
            {
                gaps.Add(gap);
            }
        }

        if (gaps.Count == 0)
        {
            return 2;
        }

        // The lower quartile: short documents have nearly as many paragraph breaks as wrapped lines.
        gaps.Sort();
        return gaps[gaps.Count / 4];
    }

    private static bool EndsSentence(string text) => text.TrimEnd() is { Length: > 0 } t && t[^1] is '.' or ':' or ';' or '!' or '?';

    [GeneratedRegex(@"^\s*(?<n>\d{1,3})\s+\S")]
    private static partial Regex FootnoteStart();

    [GeneratedRegex(@"^\s*(?:\d{1,3}(?:\.\d{1,2})*\.|[a-z]\)|[IVX]{1,5}\.|[A-H]\.)\s")]
    private static partial Regex NumberedStart();

    [GeneratedRegex(@"^(?:-\s*)?(?:page\s+)?\d{1,4}(?:\s*/\s*\d{1,4})?(?:\s*-)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
