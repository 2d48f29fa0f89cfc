using Serverless.Shared.Documents;

namespace Serverless.Shared.Api;

/// <summary>
/// Query values arrive as text in both hosts and are parsed here, so a bad value gets the same answer everywhere.
/// </summary>
public static class QueryValues
{
    /// <summary>What to answer for a year out of range, e.g. <c>NotAYear("1850", "year=2025")</c>.</summary>
    public static string NotAYear(string? text, string example = "year=2025") =>
        $"'{text}' is not a year the platform holds: give a year from {UploadPath.FirstYear} to {UploadPath.LastYear}, e.g. {example}.";

    /// <summary>True when the value is absent (year = null) or a plausible year.</summary>
    public static bool TryParseYear(string? text, out int? year)
    {
        year = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (!UploadPath.TryParseYear(text, out var parsed))
        {
            return false;
        }

        year = parsed;
        return true;
    }
}
