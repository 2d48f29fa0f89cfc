using System.Text;
using Serverless.Shared.Api.Contract;

namespace Serverless.Shared.Api.Paging;

/// <summary>
/// A page to read: at most <see cref="Limit"/> items after <see cref="After"/>, the key of the previous page's last
/// item (keyset paging). The token a client sees is that key in base64url: opaque to it, stable under inserts, and
/// costs a range query (<c>RowKey gt</c>) rather than re-reading the pages before.
/// </summary>
public sealed record PageRequest(int Limit, string? After)
{
    public static PageRequest First(int limit = ApiRouteTable.DefaultLimit) => new(limit, null);

    /// <summary>Parses <c>limit</c> and <c>continuationToken</c>; false with a message a person can act on.</summary>
    /// <param name="isKey">Whether a decoded token has the shape of this list's keys (<see cref="PageKeys"/>).</param>
    public static bool TryParse(string? limit, string? token, Func<string, bool> isKey, out PageRequest page, out string problem, int defaultLimit = ApiRouteTable.DefaultLimit)
    {
        page = First(defaultLimit);
        problem = "";
        var count = defaultLimit;
        if (!string.IsNullOrEmpty(limit) && (!int.TryParse(limit, out count) || count is < 1 or > ApiRouteTable.MaxLimit))
        {
            problem = $"limit must be a number from 1 to {ApiRouteTable.MaxLimit}; '{limit}' is not.";
            return false;
        }

        string? after = null;
        if (!string.IsNullOrEmpty(token) && ((after = Decode(token)) is null || !isKey(after)))
        {
            problem = "continuationToken is not one this API gave for this list: use the token of the previous page's Link header, or leave it out for the first page.";
            return false;
        }

        page = new PageRequest(count, after);
        return true;
    }

    public static string Encode(string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes(key)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

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
