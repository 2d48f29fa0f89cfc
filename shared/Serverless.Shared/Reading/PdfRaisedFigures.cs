using UglyToad.PdfPig.Content;

namespace Serverless.Shared.Reading;

/// <summary>
/// Footnote calls and note numbers drawn with a font's own superior figures (OpenType's <c>sups</c> glyphs, as Typst
/// sets a footnote's call and its note's number): the figures stand on the line's baseline at the text's size, glued
/// to the word before them (<c>Summit.1</c>) or the note's first word (<c>1See</c>), and only their outlines are raised.
/// Such figures, each outline's foot a third of an em or more above the baseline while a letter of the word stands on
/// it, are set apart as a word of their own, which the line then reads as a raised number (a call, or a note's number):
/// a word's box stands on its baseline, so the raise is told by the set returned, not by the box.
/// Figures on the baseline (<c>C2</c>, <c>2006/46</c>) and a word wholly of figures are left as they are.
/// </summary>
internal static class PdfRaisedFigures
{
    private const double Raise = 0.3;

    /// <summary>Splits the raised figures off their words; the words so made, or null when there are none.</summary>
    public static HashSet<Word>? Split(List<Word> words)
    {
        HashSet<Word>? raised = null;
        for (var i = 0; i < words.Count; i++)
        {
            var text = words[i].Text;
            // Cheap test first: most words neither start nor end with a figure.
            if (text.Length < 2 || !(char.IsAsciiDigit(text[^1]) || char.IsAsciiDigit(text[0])))
            {
                continue;
            }

            var letters = words[i].Letters;
            var trailing = RaisedRun(letters, letters.Count - 1, -1);
            if (trailing > 0 && trailing <= 3 && trailing < letters.Count && StandsOnBaseline(letters[letters.Count - trailing - 1]))
            {
                words[i] = new Word([.. letters.Take(letters.Count - trailing)]);
                words.Insert(i + 1, new Word([.. letters.Skip(letters.Count - trailing)]));
                (raised ??= []).Add(words[i + 1]);
                i++;
                continue;
            }

            var leading = RaisedRun(letters, 0, 1);
            if (leading > 0 && leading <= 3 && leading < letters.Count && StandsOnBaseline(letters[leading]))
            {
                words[i] = new Word([.. letters.Take(leading)]);
                words.Insert(i + 1, new Word([.. letters.Skip(leading)]));
                (raised ??= []).Add(words[i]);
                i++;
            }
        }

        return raised;
    }

    /// <summary>How many figures, from <paramref name="from"/> on in the direction given, are drawn raised.</summary>
    private static int RaisedRun(IReadOnlyList<Letter> letters, int from, int step)
    {
        var count = 0;
        for (var k = from; k >= 0 && k < letters.Count; k += step)
        {
            var letter = letters[k];
            if (letter.Value.Length != 1 || !char.IsAsciiDigit(letter.Value[0]) || !IsRaised(letter))
            {
                break;
            }

            count++;
        }

        return count;
    }

    private static bool IsRaised(Letter letter) =>
        letter.BoundingBox.Height > 0 && letter.BoundingBox.Bottom > letter.StartBaseLine.Y + (letter.PointSize * Raise);

    private static bool StandsOnBaseline(Letter letter) =>
        letter.BoundingBox.Height > 0 && letter.BoundingBox.Bottom < letter.StartBaseLine.Y + (letter.PointSize * 0.1);
}
