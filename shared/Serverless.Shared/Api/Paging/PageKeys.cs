using System.Globalization;
using Serverless.Shared.Documents;

namespace Serverless.Shared.Api.Paging;

/// <summary>
/// The shape of each list's paging key, so that a continuation token is checked against the list it is sent to. A token
/// of another list, or bytes that happen to decode, used to be read as "from the start" on some lists: a client
/// following it got the first page again instead of being told.
/// </summary>
public static class PageKeys
{
    /// <summary>Documents, in id order: the last document's id.</summary>
    public static bool Document(string key) => DocumentId.IsValid(key);

    /// <summary>A document's paragraphs: the last paragraph's index.</summary>
    public static bool Index(string key) => IsIndex(key);

    /// <summary>Paragraphs across documents: <c>{document id}-{index}</c>.</summary>
    public static bool Paragraph(string key)
    {
        var dash = key.LastIndexOf('-');
        return dash > 0 && DocumentId.IsValid(key[..dash]) && IsIndex(key[(dash + 1)..]);
    }

    /// <summary>Review suggestions, closest first: <c>{margin}|{document id}|{index}</c>.</summary>
    public static bool Suggestion(string key)
    {
        var parts = key.Split('|');
        return parts.Length == 3
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var margin) && double.IsFinite(margin)
            && DocumentId.IsValid(parts[1]) && IsIndex(parts[2]);
    }

    private static bool IsIndex(string text) =>
        text.Length is > 0 and <= 9 && text.All(char.IsAsciiDigit) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _);
}
