using System.Security.Cryptography;
using System.Text;
using Serverless.Shared.Api.Contract;

namespace Serverless.Shared.Api.Paging;

/// <summary>
/// A page to read: at most <see cref="Limit"/> items after <see cref="After"/>, the key of the previous page's last
/// item (keyset paging), in the list <see cref="List"/> names. The token a client sees is that key in base64url: opaque
/// to it, stable under inserts, and costs a range query (<c>RowKey gt</c>) rather than re-reading the pages before.
/// </summary>
/// <param name="List">
/// The list and its filters (route, year, status, action line, words...): a token carries a short tag of it, so that a
/// token of one list is refused by another. A key is a place in every list of its kind (a document id sorts among any
/// year's documents), so a token replayed on another year or filter used to be read as a place there: the answer was
/// <c>200</c> with that list's first items silently left out.
/// </param>
public sealed record PageRequest(int Limit, string? After, string List = "")
{
    private const char TagEnd = '~';

    public static PageRequest First(int limit = ApiRouteTable.DefaultLimit) => new(limit, null);

    /// <summary>The continuation token of the page after <paramref name="key"/> in this list.</summary>
    public string TokenAfter(string key) => Encode(Tag(List) + TagEnd + key);

    /// <summary>Parses <c>limit</c> and <c>continuationToken</c>; false with a message a person can act on.</summary>
    /// <param name="isKey">Whether a decoded token has the shape of this list's keys (<see cref="PageKeys"/>).</param>
    /// <param name="list">The list and its filters, as the route reads them (the same words each time it answers).</param>
    public static bool TryParse(string? limit, string? token, Func<string, bool> isKey, string list, out PageRequest page, out string problem, int defaultLimit = ApiRouteTable.DefaultLimit)
    {
        page = First(defaultLimit) with { List = list };
        problem = "";
        var count = defaultLimit;
        if (!string.IsNullOrEmpty(limit) && (!int.TryParse(limit, out count) || count is < 1 or > ApiRouteTable.MaxLimit))
        {
            problem = $"limit must be a number from 1 to {ApiRouteTable.MaxLimit}; '{limit}' is not.";
            return false;
        }

        string? after = null;
        if (!string.IsNullOrEmpty(token))
        {
            var decoded = Decode(token);
            var tagEnd = decoded?.IndexOf(TagEnd) ?? -1;
            after = tagEnd > 0 ? decoded![(tagEnd + 1)..] : null;
            if (after is null || !isKey(after))
            {
                problem = "continuationToken is not one this API gave for this list: use the token of the previous page's Link header, or leave it out for the first page.";
                return false;
            }

            if (decoded![..tagEnd] != Tag(list))
            {
                problem = "continuationToken was given for another list (another year, document, status, action line, body or words): "
                    + "send it with the query of the page it came from (its Link header gives the whole address), or leave it out for the first page.";
                return false;
            }
        }

        page = new PageRequest(count, after, list);
        return true;
    }

    /// <summary>A key in base64url, as a token without a list's tag (tests forge such tokens; this API refuses them).</summary>
    public static string Encode(string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes(key)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Eight hexadecimal digits of the list's SHA-256: enough to tell lists apart, short in an address.</summary>
    private static string Tag(string list) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(list)), 0, 4);

    private static string? Decode(string token)
    {
        var base64 = token.Replace('-', '+').Replace('_', '/');
        base64 += new string('=', (4 - (base64.Length % 4)) % 4);
        try
        {
            var key = Encoding.UTF8.GetString(Convert.FromBase64String(base64));
            return key.Length > 0 && key.All(c => !char.IsControl(c)) ? key : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
