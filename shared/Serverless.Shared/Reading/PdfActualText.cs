using UglyToad.PdfPig.Content;

namespace Serverless.Shared.Reading;

/// <summary>
/// Reads the glyphs of a marked-content span that carries replacement text (<c>/ActualText</c>) as that text, as the
/// PDF standard asks and viewers copy it. A producer writes one where the glyphs drawn do not spell the text: small
/// capitals drawn as capitals of a smaller size (<c>A</c> + <c>CTION</c> for <c>Action</c>: browsers printing CSS
/// <c>font-variant: small-caps</c> with a font that has none), a ligature or a shaped cluster drawn as one glyph, a
/// hyphen added at a line end. The span's first letter takes the whole text and the span's other letters are dropped;
/// an outer span wins over the spans inside it. A page without such a span keeps its letters as they are.
/// A small capital (a capital glyph whose replacement is its own small letter) is given the type size of the
/// full-size letters beside it on its line: its glyph's size is the small letters' height, and a heading in small
/// capitals would otherwise read as a line in smaller type whose lines lie too far apart to be one heading.
/// </summary>
internal static class PdfActualText
{
    public static IReadOnlyList<Letter> Apply(Page page)
    {
        Dictionary<Letter, string?>? replaced = null;
        long replacementLength = 0;
        foreach (var element in page.GetMarkedContents())
        {
            Collect(element, ref replaced, ref replacementLength);
        }

        if (replaced is null)
        {
            return page.Letters;
        }

        var all = page.Letters;
        var letters = new List<Letter>(all.Count);
        for (var i = 0; i < all.Count; i++)
        {
            var letter = all[i];
            if (!replaced.TryGetValue(letter, out var text))
            {
                letters.Add(letter);
            }
            else if (text is not null)
            {
                var size = IsSmallCapital(letter, text) ? FullSizeBeside(all, i, replaced) : letter.PointSize;
                letters.Add(new Letter(text, letter.BoundingBox, letter.GlyphRectangleLoose, letter.StartBaseLine, letter.EndBaseLine,
                    letter.Width, letter.FontSize, letter.FontDetails, letter.RenderingMode, letter.StrokeColor, letter.FillColor,
                    size, letter.TextSequence));
            }
        }

        return letters;
    }

    private static bool IsSmallCapital(Letter letter, string text) =>
        letter.Value.Length == 1 && text.Length == 1 && char.IsUpper(letter.Value[0]) && text[0] == char.ToLowerInvariant(letter.Value[0]);

    /// <summary>
    /// The size of the nearest letter in the content (within a few hundred) drawn in the same font, larger, no small
    /// capital, on the same line or a line or two away (the <c>A</c> of <c>A</c> + <c>CTION</c>; for a line of small
    /// letters only, a capital of the heading's line before); the small capital's own size when there is none.
    /// </summary>
    private static double FullSizeBeside(IReadOnlyList<Letter> letters, int index, Dictionary<Letter, string?> replaced)
    {
        const int Reach = 400;
        var small = letters[index];
        for (var distance = 1; distance <= Reach; distance++)
        {
            foreach (var other in (ReadOnlySpan<int>)[index - distance, index + distance])
            {
                if (other < 0 || other >= letters.Count)
                {
                    continue;
                }

                var candidate = letters[other];
                if (candidate.PointSize > small.PointSize && candidate.FontName == small.FontName && candidate.Value.Length > 0 &&
                    char.IsLetterOrDigit(candidate.Value, 0) && Math.Abs(candidate.StartBaseLine.Y - small.StartBaseLine.Y) < candidate.PointSize * 3 &&
                    !(replaced.TryGetValue(candidate, out var text) && text is not null && IsSmallCapital(candidate, text)))
                {
                    return candidate.PointSize;
                }
            }
        }

        return small.PointSize;
    }

    /// <summary>
    /// Walks the spans with a stack of its own, not by recursion: spans may nest as deep as the content has operators
    /// (100,000 <c>BMC</c> in a 2 KB file overflowed the worker's stack, and the process died with every document it read).
    /// </summary>
    private static void Collect(MarkedContentElement root, ref Dictionary<Letter, string?>? replaced, ref long replacementLength)
    {
        var pending = new Stack<MarkedContentElement>();
        pending.Push(root);
        while (pending.TryPop(out var element))
        {
            if (element.ActualText is not { } text)
            {
                foreach (var child in element.Children)
                {
                    pending.Push(child);
                }

                continue;
            }

            var first = true;
            foreach (var letter in LettersOf(element))
            {
                replaced ??= new Dictionary<Letter, string?>(ReferenceEqualityComparer.Instance);
                replaced[letter] = first && text.Length > 0 ? text : null;
                if (first)
                {
                    // One text object may stand for every span that names it (a page's /Properties): its length is paid
                    // at each use, so a 10 KB text named by 150,000 spans made words of 1.5 billion characters.
                    replacementLength += text.Length;
                    if (replacementLength > ReadingLimits.MaxPdfReplacementTextPerPage)
                    {
                        throw new UnreadableDocumentException(
                            $"A page of the PDF replaces its letters with more than {ReadingLimits.MaxPdfReplacementTextPerPage:N0} characters of text (/ActualText; " +
                            "no real page comes near), so reading it would take more memory than the platform gives one document; it was not read. " +
                            "Export the document to PDF again, or upload the DOCX.");
                    }
                }

                first = false;
            }
        }
    }

    /// <summary>The letters of a span and of every span inside it, in drawing order (a stack again, not recursion).</summary>
    private static List<Letter> LettersOf(MarkedContentElement element)
    {
        var letters = new List<Letter>();
        var pending = new Stack<MarkedContentElement>();
        pending.Push(element);
        while (pending.TryPop(out var current))
        {
            letters.AddRange(current.Letters);
            foreach (var child in current.Children)
            {
                pending.Push(child);
            }
        }

        letters.Sort(static (a, b) => a.TextSequence.CompareTo(b.TextSequence));
        return letters;
    }
}
