namespace Serverless.Shared.Reading;

/// <summary>
/// Finds the running heads that repeat the current section's heading atop the page in the text's own type: in capitals,
/// as LaTeX's "headings" page styles, memoir's "ruled" style and fancyhdr's defaults set them (<c>ACTION LINE C7:
/// E-GOVERNMENT AND E-HEALTH</c> over the text under <c>Action line C7: E-government and e-health</c>), or as written, in
/// slanted type, as KOMA-Script's scrlayer-scrpage sets them. Such a head changes with the section, so it recurs on few
/// pages or none and is not found by recurrence, and it is set at the body's size, so it is not found as a small header
/// either: it stood as a paragraph of its own, or ran into the paragraph that went on across the page. A page's highest
/// line (with the line under it, where a long heading runs to two lines), in the top quarter of the page, in type no
/// larger than the body's and not bold, standing apart from the text under it by a blank line, is such a head when its
/// words are, line for line, those of one or two lines the document sets elsewhere otherwise: in small letters where the
/// head has none, or in larger or bold type (its heading). A heading the text itself sets atop a page is set there in
/// its heading's type, and the text does not also set its words, whole and alone on their lines, in other type.
/// </summary>
internal static class PdfSectionRunningHeads
{
    /// <summary>Share of the page height, from the top, where a running head stands (below deep top margins too).</summary>
    private const double TopShare = 0.25;

    public static HashSet<PdfLine> Find(IReadOnlyList<PdfPageLines> pages, double bodySize)
    {
        var heads = new HashSet<PdfLine>();
        var candidates = pages.Select(page => Candidate(page, bodySize)).Where(head => head.Count > 0).ToList();
        if (candidates.Count == 0)
        {
            return heads;
        }

        var set = SetElsewhere(pages);
        foreach (var head in candidates)
        {
            var capitals = !head.Any(l => l.Text.Any(char.IsLower));
            if (set.TryGetValue(Key(string.Join(' ', head.Select(l => l.Text))), out var settings) &&
                settings.Any(s => (capitals && s.SmallLetters) || s.Size > head[0].FontSize + 0.5 || s.Bold))
            {
                heads.UnionWith(head);
            }
        }

        return heads;
    }

    /// <summary>The page's highest line, and the one under it at line spacing in the same type.</summary>
    private static List<PdfLine> Candidate(PdfPageLines page, double bodySize)
    {
        var lines = page.Lines.OrderByDescending(l => l.Top).ToList();
        if (lines.Count < 2 || lines[0].Bottom < page.Height * (1 - TopShare) || lines[0].FontSize > bodySize * 1.1 || !MayBeHead(lines[0]))
        {
            return [];
        }

        var head = new List<PdfLine> { lines[0] };
        if (MayBeHead(lines[1]) && Math.Abs(lines[1].FontSize - lines[0].FontSize) < 0.5 && lines[1].Italic == lines[0].Italic &&
            lines[0].Bottom - lines[1].Top < lines[0].Height)
        {
            head.Add(lines[1]);
        }

        var last = head[^1];
        var below = lines.Count > head.Count ? lines[head.Count] : null;
        return below is null || last.Bottom - below.Top >= last.Height ? head : [];
    }

    private static bool MayBeHead(PdfLine line) =>
        !line.IsTableRow && line.Marker is null && !line.Bold && line.Text.Count(char.IsLetter) >= 3;

    /// <summary>Each line, and each two lines one under the other, by their words in capitals, with how they are set.</summary>
    private static Dictionary<string, List<(bool SmallLetters, double Size, bool Bold)>> SetElsewhere(IReadOnlyList<PdfPageLines> pages)
    {
        var set = new Dictionary<string, List<(bool SmallLetters, double Size, bool Bold)>>(StringComparer.Ordinal);
        void Add(string text, double size, bool bold)
        {
            var key = Key(text);
            if (!set.TryGetValue(key, out var settings))
            {
                set[key] = settings = [];
            }

            settings.Add((text.Any(char.IsLower), size, bold));
        }

        foreach (var page in pages)
        {
            var lines = page.Lines.OrderByDescending(l => l.Top).ToList();
            for (var i = 0; i < lines.Count; i++)
            {
                Add(lines[i].Text, lines[i].FontSize, lines[i].Bold);
                if (i + 1 < lines.Count)
                {
                    Add(lines[i].Text + " " + lines[i + 1].Text, Math.Min(lines[i].FontSize, lines[i + 1].FontSize), lines[i].Bold && lines[i + 1].Bold);
                }
            }
        }

        return set;
    }

    private static string Key(string text) =>
        string.Join(' ', text.ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
