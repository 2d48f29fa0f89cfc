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
        var trimmed = text.TrimStart();
        var heading = trimmed.StartsWith('#');
        trimmed = trimmed.TrimStart('#', ' ', '\t');
        var listMarker = false;
        if (trimmed.Length > 0 && trimmed[0] is '-' or '–' or '•' or '*' && trimmed.Length > 1 && char.IsWhiteSpace(trimmed[1]))
        {
            listMarker = true;
            trimmed = trimmed[1..].TrimStart();
        }

        string? number = null;
        if (LeadingNumber().Match(trimmed) is { Success: true } m)
        {
            number = m.Groups["number"].Value;
            trimmed = trimmed[m.Length..];
        }

        return new ParagraphOpening(number, listMarker, heading, trimmed.Replace("*", string.Empty, StringComparison.Ordinal).Trim());
    }

    [GeneratedRegex(@"^(?:(?<number>\d{1,3}(?:\.\d{1,2})*)(?:\.?[ \t]+|\t)|(?<number>[a-zA-H]|[ivxIVX]{1,5})[.)][ \t]+)")]
    private static partial Regex LeadingNumber();
}
