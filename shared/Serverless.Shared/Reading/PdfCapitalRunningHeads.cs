namespace Serverless.Shared.Reading;

/// <summary>
/// Finds the running heads that repeat the current section's heading in capitals, as LaTeX's "headings" page styles,
/// memoir's "ruled" style and fancyhdr's defaults set them (<c>ACTION LINE C7: E-GOVERNMENT AND E-HEALTH</c> atop the
/// page whose text is under <c>Action line C7: E-government and e-health</c>). Such a head changes with the section, so
/// it recurs on few pages or none and is not found by recurrence, and it is set in the text's own type, so it is not
/// found as a small header either: it stood as a paragraph of its own, or ran into the paragraph that went on across the
/// page. A page's highest line (with the line under it, where a long heading's capitals run to two lines), in the top
/// quarter of the page, written in capitals, in type no larger than the body's and standing apart from the text under
/// it by a blank line, is such a head when its words are, line for line, those of one or two lines the document writes
/// elsewhere in small letters. A heading the text itself sets in capitals is written so where it stands; the text does
/// not also write it, whole and alone on its lines, in small letters.
/// </summary>
internal static class PdfCapitalRunningHeads
{
    /// <summary>Share of the page height, from the top, where a running head stands (below deep top margins too).</summary>
    private const double TopShare = 0.25;

    public static HashSet<PdfLine> Find(IReadOnlyList<PdfPageLines> pages, double bodySize)
    {
        var heads = new HashSet<PdfLine>();
        var candidates = pages.Select(page => (Page: page, Head: Candidate(page, bodySize))).Where(c => c.Head.Count > 0).ToList();
        if (candidates.Count == 0)
        {
            return heads;
        }

        var written = WrittenInSmallLetters(pages);
        foreach (var (_, head) in candidates)
        {
            if (written.Contains(Key(string.Join(' ', head.Select(l => l.Text)))))
            {
                heads.UnionWith(head);
            }
        }

        return heads;
    }

    /// <summary>The page's highest line in capitals, and the one under it at line spacing when it is in capitals too.</summary>
    private static List<PdfLine> Candidate(PdfPageLines page, double bodySize)
    {
        var lines = page.Lines.OrderByDescending(l => l.Top).ToList();
        if (lines.Count < 2 || lines[0].Bottom < page.Height * (1 - TopShare) || lines[0].FontSize > bodySize * 1.1 || !InCapitals(lines[0]))
        {
            return [];
        }

        var head = new List<PdfLine> { lines[0] };
        if (InCapitals(lines[1]) && Math.Abs(lines[1].FontSize - lines[0].FontSize) < 0.5 && lines[0].Bottom - lines[1].Top < lines[0].Height)
        {
            head.Add(lines[1]);
        }

        var last = head[^1];
        var below = lines.Count > head.Count ? lines[head.Count] : null;
        return below is null || last.Bottom - below.Top >= last.Height ? head : [];
    }

    private static bool InCapitals(PdfLine line) =>
        !line.IsTableRow && line.Marker is null && line.Text.Count(char.IsUpper) >= 3 && !line.Text.Any(char.IsLower);

    /// <summary>Each line with small letters, and each two lines one under the other, as their capitals.</summary>
    private static HashSet<string> WrittenInSmallLetters(IReadOnlyList<PdfPageLines> pages)
    {
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var lines = page.Lines.OrderByDescending(l => l.Top).ToList();
            for (var i = 0; i < lines.Count; i++)
            {
                if (lines[i].Text.Any(char.IsLower))
                {
                    written.Add(Key(lines[i].Text));
                }

                if (i + 1 < lines.Count && (lines[i].Text.Any(char.IsLower) || lines[i + 1].Text.Any(char.IsLower)))
                {
                    written.Add(Key(lines[i].Text + " " + lines[i + 1].Text));
                }
            }
        }

        return written;
    }

    private static string Key(string text) =>
        string.Join(' ', text.ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
