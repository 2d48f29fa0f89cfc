using UglyToad.PdfPig.Content;

namespace Serverless.Shared.Reading;

/// <summary>
/// Running headers, footers and page numbers as a tagged PDF marks them. A producer that writes a tagged PDF wraps what
/// it adds to every page in an artifact span, not the author's content, which a screen reader skips: typed
/// (<c>/Artifact &lt;&lt;/Type /Pagination /Subtype /Header&gt;&gt; BDC</c>: Word's "Save as PDF", Chromium's print,
/// Typst) or plain (<c>/Artifact BMC</c>: LibreOffice's tagged export, ConTeXt's page numbers). The reader otherwise
/// knows a running line only by its repetition or its form, so the header and footer of a one-page contribution, or a
/// letterhead on the first page alone, were read as its first and last paragraphs. Those letters are set apart here,
/// before any line is built, and read as running lines.
/// </summary>
/// <remarks>
/// A text-showing operator lies wholly inside or outside a marked span, so a letter is judged by the operator that drew
/// it (<see cref="Letter.TextSequence"/>): that holds for letters another step rebuilt, as replacement text does
/// (<see cref="PdfActualText"/>). Artifacts typed as something else (a footnote rule or a shaded box: layout; cut
/// marks: page; a background) are left to the rules that read them. A page whose artifacts hold as many letters as the
/// rest of it is not believed (no producer is known to mark a page's body so, and a file may lie): it is read as an
/// untagged page is.
/// </remarks>
internal static class PdfPaginationArtifacts
{
    /// <summary>The letters of the page's own content, and those of its pagination artifacts (none for most PDFs).</summary>
    public static (IReadOnlyList<Letter> Content, IReadOnlyList<Letter> Running) Split(Page page, IReadOnlyList<Letter> letters)
    {
        var sequences = RunningSequences(page);
        if (sequences is null)
        {
            return (letters, []);
        }

        var content = new List<Letter>(letters.Count);
        var running = new List<Letter>();
        var shownContent = 0;
        var shownRunning = 0;
        foreach (var letter in letters)
        {
            var isRunning = sequences.Contains(letter.TextSequence);
            (isRunning ? running : content).Add(letter);
            if (!string.IsNullOrWhiteSpace(letter.Value))
            {
                _ = isRunning ? shownRunning++ : shownContent++;
            }
        }

        return running.Count == 0 || shownRunning >= shownContent ? (letters, []) : (content, running);
    }

    /// <summary>The text operators drawn inside pagination or untyped artifacts, or null when the page has none.</summary>
    private static HashSet<int>? RunningSequences(Page page)
    {
        HashSet<int>? sequences = null;
        // A stack of its own, not recursion: spans may nest as deep as the content has operators.
        var pending = new Stack<MarkedContentElement>(page.GetMarkedContents());
        while (pending.TryPop(out var element))
        {
            if (element is ArtifactMarkedContentElement { Type: ArtifactMarkedContentElement.ArtifactType.Pagination or ArtifactMarkedContentElement.ArtifactType.Unknown })
            {
                sequences ??= [];
                var inside = new Stack<MarkedContentElement>();
                inside.Push(element);
                while (inside.TryPop(out var current))
                {
                    foreach (var letter in current.Letters)
                    {
                        sequences.Add(letter.TextSequence);
                    }

                    foreach (var child in current.Children)
                    {
                        inside.Push(child);
                    }
                }

                continue;
            }

            foreach (var child in element.Children)
            {
                pending.Push(child);
            }
        }

        return sequences;
    }
}
