using System.Text.RegularExpressions;

namespace Serverless.Shared.Classification;

/// <summary>
/// How a paragraph opens: its own number or letter (<c>12.</c>, <c>2.6</c>, <c>a)</c>), a list dash, and the
/// text after them with Markdown emphasis removed.
/// </summary>
public sealed partial record ParagraphOpening(string? Number, bool ListMarker, bool HeadingMarker, string Body)
{
    public static ParagraphOpening Of(string text)
    {
        // Index arithmetic rather than successive Trim/Substring calls: this runs for every paragraph.
        var i = 0;
        var end = text.Length;
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        while (end > i && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var heading = i < end && text[i] == '#';
        while (i < end && text[i] is '#' or ' ' or '\t')
        {
            i++;
        }

        var listMarker = false;
        if (i + 1 < end && text[i] is '-' or '–' or '•' or '*' && char.IsWhiteSpace(text[i + 1]))
        {
            listMarker = true;
            i++;
            while (i < end && char.IsWhiteSpace(text[i]))
            {
                i++;
            }
        }

        string? number = null;
        if (i < end && char.IsLetterOrDigit(text[i]) && LeadingNumber().Match(text, i, end - i) is { Success: true } m)
        {
            number = m.Groups["number"].Value;
            i += m.Length;
        }

        var body = i == 0 && end == text.Length ? text : text[i..end];
        if (body.Contains('*'))
        {
            body = body.Replace("*", string.Empty, StringComparison.Ordinal).Trim();
        }

        return new ParagraphOpening(number, listMarker, heading, body);
    }

    [GeneratedRegex(@"^(?:(?<number>\d{1,3}(?:\.\d{1,2})*)(?:\.?[ \t]+|\t)|(?<number>[a-zA-H]|[ivxIVX]{1,5})[.)][ \t]+)")]
    private static partial Regex LeadingNumber();
}
