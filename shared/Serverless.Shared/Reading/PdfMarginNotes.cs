using UglyToad.PdfPig.Content;

namespace Serverless.Shared.Reading;

/// <summary>
/// Leaves out a note written in the right margin beside the text: a reviewer's comment drawn into the page when an
/// annotated PDF is flattened or printed to PDF again (a FreeText comment, "Check figures"), a handwritten-style remark
/// a tool stamped there. Level with a line of the text, it was read as that line's last words (<c>... by about a Check
/// figures</c>) and ran into the paragraph. Such a note is set in smaller type than the body, wholly past the right
/// edge that the body's type reaches on the page by more than a word space, with body text level with it on its left; words in
/// the top and foot margins (running lines, page numbers) are not looked at, nor a page whose body type ends short of
/// its two thirds (a column of two). A table reaching past the column is in the body's type, and a note at the foot of
/// the page stands under the text, not beside it.
/// </summary>
internal static class PdfMarginNotes
{
    /// <summary>The page's words without the notes in its right margin; the same list when there are none.</summary>
    public static List<Word> Remove(List<Word> words, double pageWidth, double pageHeight, double bodySize)
    {
        // Cheap first: the right edge the body's type reaches, and any smaller word past it.
        var right = double.MinValue;
        foreach (var word in words)
        {
            if (IsBodyType(word, bodySize))
            {
                right = Math.Max(right, word.BoundingBox.Right);
            }
        }

        // A margin is what the text leaves of the page's width: past a column that ends short of the page's two thirds
        // (the left one of two, its right neighbour holding only notes) lies text, not a margin.
        if (right < pageWidth * 2 / 3)
        {
            return words;
        }

        List<Word>? notes = null;
        foreach (var word in words)
        {
            if (SizeOf(word) < bodySize * 0.9 && word.BoundingBox.Left > right + (bodySize * 0.3) && !IsInOuterMargin(word, pageHeight) &&
                words.Any(w => IsBodyType(w, bodySize) && w.BoundingBox.Right < word.BoundingBox.Left - (bodySize * 0.3) && IsLevel(w, word)))
            {
                (notes ??= []).Add(word);
            }
        }

        return notes is null ? words : words.Except(notes).ToList();
    }

    private static bool IsBodyType(Word word, double bodySize) => Math.Abs(SizeOf(word) - bodySize) < 0.5;

    private static double SizeOf(Word word) => word.Letters.Count > 0 ? word.Letters[0].PointSize : word.BoundingBox.Height;

    private static bool IsInOuterMargin(Word word, double pageHeight) => word.BoundingBox.Bottom > pageHeight * 0.92 || word.BoundingBox.Top < pageHeight * 0.08;

    /// <summary>The two words share some of their height, and the note's middle lies within a line's height of the text's.</summary>
    private static bool IsLevel(Word text, Word note)
    {
        var middle = (note.BoundingBox.Top + note.BoundingBox.Bottom) / 2;
        return middle > text.BoundingBox.Bottom - text.BoundingBox.Height && middle < text.BoundingBox.Top + text.BoundingBox.Height;
    }
}
