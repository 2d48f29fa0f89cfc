using System.Text.RegularExpressions;

namespace Serverless.Shared.Segmentation;

/// <summary>What kind of number opens a paragraph; it decides between paragraph, heading and list item.</summary>
internal enum NumberMarker
{
    None,

    /// <summary><c>12.</c>, <c>2.6</c>, <c>9&lt;TAB&gt;</c>: a paragraph number.</summary>
    Decimal,

    /// <summary><c>a)</c>, <c>ii)</c>: an item of an enumeration, or an action-line heading in SG reports.</summary>
    Letter,

    /// <summary><c>I.</c>, <c>II&lt;TAB&gt;</c>: a section.</summary>
    Roman,

    /// <summary><c>A.</c>: a subsection.</summary>
    Capital,

    /// <summary><c>–&lt;TAB&gt;</c>, <c>•</c>: an unnumbered list item.</summary>
    Dash,
}

/// <summary>
/// Finds the document's own number at the start of a paragraph, in the forms UN and ITU documents use
/// (<c>- 12.</c> in Markdown exports, <c>12.</c>, <c>2.6&lt;TAB&gt;</c>, <c>3.11.&lt;TAB&gt;</c>, <c>a)&lt;TAB&gt;</c>,
/// <c>II&lt;TAB&gt;</c>, <c>I.</c>, <c>A.</c>), and returns it without punctuation, with the text after it.
/// A number needs a tab, or a space followed by text; <c>2025 est</c> or <c>11 juillet</c> are not numbers.
/// </summary>
internal static partial class ParagraphNumbering
{
    /// <returns>
    /// The number and its marker, and where the body starts: the body is the rest of the text from there, trimmed.
    /// An offset rather than the body itself, so that the caller can clean the body without copying it first.
    /// </returns>
    public static (string? Number, NumberMarker Marker, int BodyStart) Split(string text)
    {
        // Cheap filters first: most paragraphs start with a capital letter and hold no tab near their start.
        if (text.Length < 2 || !(char.IsLetterOrDigit(text[0]) || text[0] is '-' or '*' or '+' or '(' or '–' or '—' or '·' or '\t' || Reading.SymbolFontBullets.IsBullet(text[0])))
        {
            return (null, NumberMarker.None, 0);
        }

        if (!CanOpenWithNumber(text))
        {
            return (null, NumberMarker.None, 0);
        }

        var tab = text.AsSpan(0, Math.Min(text.Length, 12)).Contains('\t');
        if (tab && Tabbed().Match(text) is { Success: true } tabbed)
        {
            var marker = MarkerOf(tabbed.Groups["n"].Value);
            var number = marker == NumberMarker.Dash ? null : tabbed.Groups["n"].Value.TrimEnd('.', ')');
            return (number, marker, tabbed.Length);
        }

        // Bounds only: a Match with its groups was allocated for every numbered paragraph. The pattern is anchored,
        // so its one match starts at 0.
        foreach (var spaced in Spaced().EnumerateMatches(text))
        {
            var raw = NumberOfSpacedMatch(text.AsSpan(0, spaced.Length));
            return (raw.TrimEnd('.', ')').TrimStart('('), MarkerOf(raw.TrimStart('(')), spaced.Length);
        }

        // A bullet, or Word's second-level one: the letter o before a tab.
        if ((!char.IsLetterOrDigit(text[0]) || text[0] == 'o') && Dash().Match(text) is { Success: true } dash)
        {
            return (null, NumberMarker.Dash, dash.Length);
        }

        return (null, NumberMarker.None, 0);
    }

    /// <summary>
    /// The group <c>n</c> of a <see cref="Spaced"/> match: the match without the white space that ends it and without
    /// the bullet (<c>- </c>) that may open it; the number itself holds no white space and never starts with a bullet.
    /// </summary>
    private static string NumberOfSpacedMatch(ReadOnlySpan<char> match)
    {
        var number = match.TrimEnd();
        if (number[0] is '-' or '*' or '+')
        {
            number = number[1..].TrimStart();
        }

        return number.ToString();
    }

    /// <summary>True when the line opens a numbered paragraph (<c>12. Le</c>); used to split wrapped text.</summary>
    public static bool StartsNumbered(string line)
    {
        var text = line.AsSpan().TrimStart();
        return text.Length > 1 && (char.IsLetterOrDigit(text[0]) || text[0] is '-' or '*' or '+' or '(' or '–' or '—' or '·' || Reading.SymbolFontBullets.IsBullet(text[0])) &&
               CanOpenWithNumber(text) && (Spaced().IsMatch(text) || Tabbed().IsMatch(text));
    }

    /// <summary>
    /// False when neither <see cref="Spaced"/> nor <see cref="Tabbed"/> can match, decided from the first two
    /// characters: a number that starts with a letter is <c>a)</c>, <c>A.</c> or a Roman numeral, so the second
    /// character is <c>)</c>, <c>.</c>, a tab, or the numeral goes on (both characters among <c>ivxIVX</c>). Most
    /// lines start with a word (<c>The</c>, <c>Le</c>, <c>Dans</c>), and this saves running two regexes on each of them.
    /// </summary>
    private static bool CanOpenWithNumber(ReadOnlySpan<char> text) =>
        text.Length < 2 || !char.IsLetter(text[0]) || text[1] is ')' or '.' or '\t' ||
        (text[0] is 'i' or 'v' or 'x' or 'I' or 'V' or 'X' && text[1] is 'i' or 'v' or 'x' or 'I' or 'V' or 'X');

    /// <summary>The marker of a number given by the format (a DOCX or HTML list label).</summary>
    public static NumberMarker MarkerOf(string raw)
    {
        var core = raw.TrimEnd('.', ')');
        if (core.Length == 0 || !char.IsLetterOrDigit(core[0]))
        {
            return NumberMarker.Dash;
        }

        if (char.IsDigit(core[0]))
        {
            return NumberMarker.Decimal;
        }

        if (RomanNumeral().IsMatch(core) && (core.Length > 1 || raw.EndsWith('.') || core is "I" or "V" or "X"))
        {
            return raw.EndsWith(')') && core.All(char.IsLower) ? NumberMarker.Letter : NumberMarker.Roman;
        }

        return char.IsUpper(core[0]) ? NumberMarker.Capital : NumberMarker.Letter;
    }

    [GeneratedRegex(@"^[\-–—•·]?\t?(?<n>\d{1,3}(?:\.\d{1,3})*\.?|[a-z]\)|[ivx]{1,5}\)|[IVX]{1,6}\.?|[A-H]\.|[–—·" + Reading.SymbolFontBullets.Characters + "-])\t+")]
    private static partial Regex Tabbed();

    [GeneratedRegex(@"^(?:[-*+]\s+)?(?<n>\d{1,3}(?:\.\d{1,3})*\.(?=\s+\S)|\d{1,3}(?:\.\d{1,3})+(?=\s+\p{Lu})|\(?[a-z]\)|\(?[ivx]{1,5}\)|[IVX]{1,6}\.|[A-H]\.(?=\s+\p{Lu}))\s+(?=\S)")]
    private static partial Regex Spaced();

    [GeneratedRegex(@"^(?:[\-–—·*+" + Reading.SymbolFontBullets.Characters + @"]\s+|o\t+)")]
    private static partial Regex Dash();

    [GeneratedRegex(@"^(?:[IVX]{1,6}|[ivx]{1,5})$")]
    private static partial Regex RomanNumeral();
}
