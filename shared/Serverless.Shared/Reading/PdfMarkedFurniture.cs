using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace Serverless.Shared.Reading;

/// <summary>
/// Running headers, footers, page numbers and stamps as a tagged PDF tells them from its content. A producer that
/// writes a tagged PDF marks the author's content (a paragraph, a heading: <c>/P &lt;&lt;/MCID 3&gt;&gt; BDC</c>) and
/// wraps what it adds to every page in an artifact span, which a screen reader skips: typed
/// (<c>/Artifact &lt;&lt;/Type /Pagination /Subtype /Header&gt;&gt; BDC</c>: Word's "Save as PDF", Chromium's own header and
/// footer, Typst) or plain (<c>/Artifact BMC</c>: LibreOffice's tagged export, ConTeXt's page numbers). Text it leaves
/// outside any marked span is not the author's either: Chromium sets a page's CSS margin boxes (a running header, "page
/// n of m", a UN document's symbol and date) so, and a tool that stamps a tagged file afterwards ("CONFIDENTIAL") adds
/// its text unmarked. The reader otherwise knows a running line only by its repetition or its form, so the header and
/// footer of a one-page contribution, or a letterhead on the first page alone, were read as its first and last
/// paragraphs. Those letters are set apart here, before any line is built, and read as running lines.
/// </summary>
/// <remarks>
/// A text-showing operator lies wholly inside or outside a marked span, so a letter is judged by the operator that drew
/// it (<see cref="Letter.TextSequence"/>): that holds for letters another step rebuilt, as replacement text does
/// (<see cref="PdfActualText"/>). Artifacts typed as something else (a footnote rule or a shaded box: layout; cut
/// marks: page; a background) are left to the rules that read them. A page is not believed when what would be set
/// apart holds as many letters as the rest of it (no producer is known to mark a page's body so, a page of another
/// file joined to a tagged one has no marks at all, and a file may lie): it is read as an untagged page is.
/// </remarks>
internal static class PdfMarkedFurniture
{
    private static readonly NameToken MarkInfo = NameToken.Create("MarkInfo");
    private static readonly NameToken Marked = NameToken.Create("Marked");

    /// <summary>Whether the document says it is tagged (<c>/MarkInfo &lt;&lt;/Marked true&gt;&gt;</c> in its catalogue).</summary>
    public static bool IsTagged(PdfDocument document) =>
        document.Structure.Catalog.CatalogDictionary.TryGet(MarkInfo, document.Structure.TokenScanner, out DictionaryToken? info) &&
        info.TryGet(Marked, document.Structure.TokenScanner, out BooleanToken? marked) && marked.Data;

    /// <summary>The letters of the page's own content, and those it marks as running (none for most PDFs).</summary>
    public static (IReadOnlyList<Letter> Content, IReadOnlyList<Letter> Running) Split(Page page, IReadOnlyList<Letter> letters, bool tagged)
    {
        var (artifacts, marked) = Sequences(page, tagged);
        if (artifacts is null && marked is null)
        {
            return (letters, []);
        }

        var content = new List<Letter>(letters.Count);
        var running = new List<Letter>();
        var shownContent = 0;
        var shownRunning = 0;
        foreach (var letter in letters)
        {
            var isRunning = artifacts?.Contains(letter.TextSequence) == true || marked?.Contains(letter.TextSequence) == false;
            (isRunning ? running : content).Add(letter);
            if (!string.IsNullOrWhiteSpace(letter.Value))
            {
                _ = isRunning ? shownRunning++ : shownContent++;
            }
        }

        if (running.Count == 0 || shownRunning >= shownContent)
        {
            return (letters, []);
        }

        return InTheirLines(letters, content, running);
    }

    /// <summary>
    /// Text a stylesheet generates inside the body's lines is marked as an artifact too, or left unmarked: a browser
    /// laying out CSS Paged Media (a polyfill's footnote call <c>Summit.1</c>, the note's own <c>1.</c> before its text,
    /// both counters) writes it so. Set apart, the call vanished from its paragraph and the note lost its number. An
    /// operator's letters that stand on a line of the content, beside one of its letters (within half an em, in type
    /// no larger) are the content's; running lines stand on lines of their own in the margins, and a watermark across the
    /// text is in much larger type.
    /// </summary>
    private static (IReadOnlyList<Letter> Content, IReadOnlyList<Letter> Running) InTheirLines(
        IReadOnlyList<Letter> letters, List<Letter> content, List<Letter> running)
    {
        // The content's letters by their foot, so that a running letter looks only at those level with it.
        var level = content.Where(l => !string.IsNullOrWhiteSpace(l.Value)).OrderBy(l => l.BoundingBox.Bottom).ToArray();
        var feet = level.Select(l => l.BoundingBox.Bottom).ToArray();
        var tallest = level.Length == 0 ? 0 : level.Max(l => l.BoundingBox.Height);
        HashSet<int>? inLine = null;
        foreach (var sequence in running.GroupBy(l => l.TextSequence))
        {
            if (sequence.Any(letter => !string.IsNullOrWhiteSpace(letter.Value) && Beside(letter, level, feet, tallest)))
            {
                (inLine ??= []).Add(sequence.Key);
            }
        }

        if (inLine is null)
        {
            return (content, running);
        }

        var stillRunning = running.Where(l => !inLine.Contains(l.TextSequence)).ToList();
        if (stillRunning.Count == 0)
        {
            return (letters, []);
        }

        var set = new HashSet<Letter>(stillRunning, ReferenceEqualityComparer.Instance);
        return (letters.Where(l => !set.Contains(l)).ToList(), stillRunning);
    }

    private static bool Beside(Letter letter, Letter[] level, double[] feet, double tallest)
    {
        var box = letter.BoundingBox;
        var reach = letter.PointSize * 0.5;
        // Letters whose foot lies between this letter's foot less the tallest letter's height and its top.
        var first = Array.BinarySearch(feet, box.Bottom - tallest);
        for (var i = first < 0 ? ~first : first; i < level.Length && feet[i] <= box.Top; i++)
        {
            var other = level[i];
            var near = other.BoundingBox;
            if (letter.PointSize > other.PointSize * 1.1 || near.Top < box.Bottom)
            {
                continue;
            }

            var gap = Math.Max(near.Left - box.Right, box.Left - near.Right);
            if (gap < reach && Math.Min(near.Top, box.Top) - Math.Max(near.Bottom, box.Bottom) > Math.Min(near.Height, box.Height) * 0.3)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The text operators drawn inside pagination or untyped artifacts (null when there are none), and, for a tagged
    /// document, those drawn inside any marked span (null when the page marks none).
    /// </summary>
    private static (HashSet<int>? Artifacts, HashSet<int>? Marked) Sequences(Page page, bool tagged)
    {
        HashSet<int>? artifacts = null;
        HashSet<int>? marked = null;
        // A stack of its own, not recursion: spans may nest as deep as the content has operators.
        var pending = new Stack<(MarkedContentElement Element, bool InArtifact)>(page.GetMarkedContents().Select(e => (e, false)));
        while (pending.TryPop(out var item))
        {
            var (element, inArtifact) = item;
            inArtifact |= element is ArtifactMarkedContentElement
            {
                Type: ArtifactMarkedContentElement.ArtifactType.Pagination or ArtifactMarkedContentElement.ArtifactType.Unknown,
            };
            foreach (var letter in element.Letters)
            {
                if (inArtifact)
                {
                    (artifacts ??= []).Add(letter.TextSequence);
                }

                if (tagged)
                {
                    (marked ??= []).Add(letter.TextSequence);
                }
            }

            foreach (var child in element.Children)
            {
                pending.Push((child, inArtifact));
            }
        }

        return (artifacts, marked);
    }
}
