using System.Globalization;

namespace Serverless.Shared.Summary.Report;

/// <summary>
/// Counted nouns in the report's two languages, by the CLDR plural rules (no pluralisation library handles French
/// nouns): in French 0 and 1 take the singular ("0 demande", "1 paragraphe"), in English only 1 does ("0 requests").
/// Each noun is given in both forms, so irregular ones ("travail/travaux") need no rule.
/// </summary>
public static class Plural
{
    private static readonly IReadOnlyDictionary<string, Func<decimal, bool>> IsOne = new Dictionary<string, Func<decimal, bool>>
    {
        // CLDR: fr "one" is i = 0,1 (the integer part is 0 or 1); en "one" is i = 1 and no visible fraction.
        ["fr"] = n => Math.Truncate(Math.Abs(n)) is 0 or 1,
        ["en"] = n => n == 1,
    };

    /// <summary>The form of <paramref name="one"/>/<paramref name="other"/> that agrees with <paramref name="count"/>.</summary>
    public static string Form(string language, decimal count, string one, string other) =>
        (IsOne.TryGetValue(language, out var rule) ? rule : IsOne["en"])(count) ? one : other;

    /// <summary>The count written in the language's digits and separators, then the noun that agrees: "2 000 paragraphes", "1 document".</summary>
    public static string Count(string language, int count, string one, string other) =>
        $"{count.ToString("N0", Culture(language))} {Form(language, count, one, other)}";

    public static CultureInfo Culture(string language) => CultureInfo.GetCultureInfo(language == "fr" ? "fr-FR" : "en-GB");
}
