using System.Buffers;
using System.Text;

namespace Serverless.Shared.Reading;

/// <summary>
/// Markdown breaks its lines only at <c>\n</c> and <c>\r</c> (CommonMark), but a file saved by some editors and
/// converters ends its paragraphs with Unicode's paragraph separator (U+2029) and breaks lines with the line separator
/// (U+2028) or the next-line character of older systems (U+0085). Read as they are, a whole file so written was one
/// paragraph, or refused as one line too long. They are turned into the breaks Markdown knows before it is parsed, as
/// <see cref="PlainTextReader"/> reads them in text: a paragraph separator as a blank line, the others as a line break.
/// </summary>
internal static class MarkdownLineBreaks
{
    private static readonly SearchValues<char> Separators = SearchValues.Create("\u2028\u2029\u0085");

    public static string Normalise(string text)
    {
        var at = text.AsSpan().IndexOfAny(Separators);
        if (at < 0)
        {
            return text;
        }

        var normalised = new StringBuilder(text.Length + 1024);
        var rest = text.AsSpan();
        while (at >= 0)
        {
            normalised.Append(rest[..at]).Append(rest[at] == '\u2029' ? "\n\n" : "\n");
            rest = rest[(at + 1)..];
            at = rest.IndexOfAny(Separators);
        }

        return normalised.Append(rest).ToString();
    }
}
