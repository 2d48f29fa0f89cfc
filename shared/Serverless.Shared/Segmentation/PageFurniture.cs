using System.Text.RegularExpressions;

namespace Serverless.Shared.Segmentation;

/// <summary>
/// Lines that belong to the page, not to the text: UN job numbers (<c>25-13008</c>, <c>20-17453 (F)</c>), page
/// marks (<c>5/20</c>, <c>**5/20**</c>, <c>Page 3</c>), Geneva job numbers (<c>GE.25-01234</c>), symbols repeated
/// as running headers (<c>A/80/62</c>, <c>E/RES/2025/18</c> alone on a line next to a page mark or a date), rules
/// (<c>___</c>, <c>---</c>) and bar codes' digits. Tested on a whole line with emphasis removed.
/// </summary>
internal static partial class PageFurniture
{
    public static bool IsFurniture(string line)
    {
        // Cheap filters first: this runs on every line of every document.
        if (line.Length >= 90)
        {
            return false;
        }

        var trimmed = line.AsSpan().Trim();
        if (trimmed.Length == 0 || !(char.IsDigit(trimmed[0]) || trimmed[0] is '*' or '_' or '-' or '–' or '—' or '=' or 'G' or 'P' or 'p' or 'A' or 'E' or 'S'))
        {
            return false;
        }

        if (!line.Contains('*'))
        {
            // Matched on the span: no copy of the line for the (many) lines that start with a digit.
            return trimmed.Length < 80 && Furniture().IsMatch(trimmed);
        }

        var text = line.Replace("*", string.Empty, StringComparison.Ordinal).Trim();
        return text.Length > 0 && text.Length < 80 && Furniture().IsMatch(text);
    }

    /// <summary>A URL alone on a line, complete (not cut by wrapping): the link annotation PDF extractors repeat after footnotes.</summary>
    public static bool IsLinkAnnotation(string line)
    {
        var text = line.Trim();
        return text.StartsWith("http", StringComparison.OrdinalIgnoreCase) && !text.Contains(' ') &&
               text[^1] is not ('-' or '.' or ',' or ';');
    }

    [GeneratedRegex(
        @"^(?:" +
        @"\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{1,3}/\d{1,3})?" +        // 25-13008 (F) 5/20
        @"|\d{1,3}/\d{1,3}(?:\s+\d{2}-\d{5}(?:\s*\([A-Z]\))?)?" +          // 5/20 25-13008
        @"|GE\.\d{2}-\d{3,6}(?:\s*\([A-Z]\))?.*" +                           // GE.25-01234 (F)
        @"|(?:Page|p\.)\s*\d{1,4}(?:\s*(?:/|of|sur|de)\s*\d{1,4})?" +       // Page 3 of 20
        @"|-\s*\d{1,4}\s*-" +                                                 // - 3 -
        @"|\d{1,4}" +                                                          // a bare page number
        @"|[_\-–—=*]{3,}" +                                                   // rules
        @"|(?:A|E|S)/[\dA-Z./-]+(?:\s+(?:\d{1,3}/\d{1,3}|\d{2}-\d{5}(?:\s*\([A-Z]\))?))+" +  // symbol + page mark / job number
        @"|(?:\d{1,3}/\d{1,3}\s+|\d{2}-\d{5}\s+)+(?:A|E|S)/[\dA-Z./-]+" +                     // the same, mirrored on even pages
        @"|(?:A|E|S)/[\dA-Z./-]+\s+" + Date + @"|" + Date + @"\s+(?:A|E|S)/[\dA-Z./-]+" +       // symbol and date: A/81/64 12 March 2026
        @")$",
        RegexOptions.IgnoreCase)]
    private static partial Regex Furniture();

    private const string Date = @"\d{1,2}(?:er)?\s+\p{L}{3,9}\s+\d{4}";
}
