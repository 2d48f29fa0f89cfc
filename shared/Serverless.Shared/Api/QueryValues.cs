using Serverless.Shared.Documents;

namespace Serverless.Shared.Api;

/// <summary>
/// Query values arrive as text in both hosts and are parsed here, so a bad value gets the same answer everywhere.
/// </summary>
public static class QueryValues
{
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
