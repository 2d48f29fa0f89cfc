using System.Text;

namespace Serverless.Shared.Reading;

/// <summary>
/// How a paragraph's line joins the line it wraps to, in every format that keeps the writer's line breaks (a text
/// file, Markdown, a PDF extraction). A line ending in a hyphen joins without a space and keeps it: UN texts are set
/// without word division, so a final hyphen belongs to a compound (<c>main-</c> + <c>d'œuvre</c>, <c>capacity-</c> +
/// <c>building</c>) or, with a slash, a URL; joined with a space it read "capacity- building", a suspended hyphen that
/// is not there. A capital continues a compound after a letter's hyphen (<c>Secretary-</c> + <c>General</c>, <c>Asia-</c>
/// + <c>Pacific</c>) and opens a word of its own after anything else (<c>2020-</c> + <c>The</c>). A soft hyphen (U+00AD)
/// marks a real word division and is removed. A hyphen between two lower-case letters' words is marked for the
/// document's own words to settle: a divided word or a compound (<c>DividedWords</c>, <c>PdfHyphenation</c>).
/// </summary>
internal static class WrappedLine
{
    public static void Join(StringBuilder text, string line)
    {
        if (text.Length > 0 && text[^1] == '\u00AD')
        {
            text.Length--;
            text.Append(line);
            return;
        }

        if (text.Length > 1 && Glues(text[^1], text[^2], line))
        {
            MarkDivision(text, line);
        }
        else
        {
            text.Append(' ');
        }

        text.Append(line);
    }

    public static string Join(string text, string line)
    {
        if (text.Length > 0 && text[^1] == '\u00AD')
        {
            return text[..^1] + line;
        }

        if (text.Length > 1 && Glues(text[^1], text[^2], line))
        {
            return MayDivide(text[^1], text[^2], line) ? text + PdfBodyAssembler.LineEndHyphen + line : text + line;
        }

        return text + " " + line;
    }

    /// <summary>
    /// Marks a hyphen between a letter and a lower-case letter (<see cref="PdfBodyAssembler.LineEndHyphen"/>): a divided
    /// word or a compound, which only the document's other words tell apart, once they are all known.
    /// </summary>
    private static void MarkDivision(StringBuilder text, string line)
    {
        if (MayDivide(text[^1], text[^2], line))
        {
            text.Append(PdfBodyAssembler.LineEndHyphen);
        }
    }

    /// <summary>Whether a line ending so and the next opening so may be one word divided (marked for the document's words to settle).</summary>
    public static bool MayDivide(char last, char beforeLast, ReadOnlySpan<char> next) =>
        last == '-' && char.IsLetter(beforeLast) && !next.IsEmpty && char.IsLower(next[0]);

    /// <summary>Whether a line ending in <paramref name="beforeLast"/> and <paramref name="last"/> joins <paramref name="next"/> without a space.</summary>
    public static bool Glues(char last, char beforeLast, ReadOnlySpan<char> next) =>
        EndsInHyphen(last, beforeLast) && !next.IsEmpty && (char.IsLetter(beforeLast) || !char.IsUpper(next[0]));

    /// <summary>Whether a line ending so may join the next without a space (<see cref="Glues"/> says if it does).</summary>
    public static bool EndsInHyphen(char last, char beforeLast) => last is '-' or '/' && beforeLast != ' ';
}
