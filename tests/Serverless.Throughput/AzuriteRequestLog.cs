using System.Text;

namespace Serverless.Throughput;

/// <summary>
/// Counts the requests Azurite served from its <c>--debug</c> log (one <c>...StorageContextMiddleware: RequestMethod=</c>
/// line per request), read on from where the last call stopped. Listings and scans are counted apart, since they are
/// the requests whose cost grows with what is stored: a blob container listing (<c>comp=list</c>) and a table query
/// that names no single entity.
/// </summary>
internal sealed class AzuriteRequestLog(string path)
{
    private long _offset;

    public RequestCounts ReadNew()
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        stream.Seek(_offset, SeekOrigin.Begin);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        int blob = 0, queue = 0, table = 0, listings = 0;
        var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
        var consumed = _offset;
        while (reader.ReadLine() is { } line)
        {
            consumed += Encoding.UTF8.GetByteCount(line) + 1;
            var at = line.IndexOf("StorageContextMiddleware: RequestMethod=", StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var service = line.AsSpan(0, at);
            var url = Url(line);
            var kind = Kind(line, service, url);
            kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
            if (service.EndsWith("Blob", StringComparison.Ordinal))
            {
                blob++;
                listings += url.Contains("comp=list", StringComparison.Ordinal) ? 1 : 0;
            }
            else if (service.EndsWith("Queue", StringComparison.Ordinal))
            {
                queue++;
            }
            else
            {
                table++;
                listings += IsTableScan(line, url) ? 1 : 0;
            }
        }

        // A line still being written is read again next time: stop at the last whole line.
        _offset = Math.Min(consumed, stream.Length);
        var top = string.Join(", ", kinds.OrderByDescending(k => k.Value).Take(5).Select(k => $"{k.Key} {k.Value}"));
        return new RequestCounts(blob, queue, table, listings, top);
    }

    /// <summary>Method, service and resource of a request (<c>GET table documents (scan)</c>), to name what is asked most.</summary>
    private static string Kind(string line, ReadOnlySpan<char> service, string url)
    {
        var method = line[(line.IndexOf("RequestMethod=", StringComparison.Ordinal) + "RequestMethod=".Length)..].Split(' ')[0];
        var path = new Uri(url).AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var resource = path.Length > 1 ? path[1].Split('(')[0] : "account";
        var name = service.EndsWith("Blob", StringComparison.Ordinal) ? "blob" : service.EndsWith("Queue", StringComparison.Ordinal) ? "queue" : "table";
        var detail = url.Contains("comp=list", StringComparison.Ordinal) || (name == "table" && IsTableScan(line, url)) ? " (list/scan)" : string.Empty;
        return $"{method} {name} {resource}{detail}";
    }

    private static string Url(string line)
    {
        var start = line.IndexOf("RequestURL=", StringComparison.Ordinal) + "RequestURL=".Length;
        var end = line.IndexOf(' ', start);
        return Uri.UnescapeDataString(end < 0 ? line[start..] : line[start..end]);
    }

    /// <summary>A GET of a table that is not a point read (<c>Table(PartitionKey='..',RowKey='..')</c>), nor a listing of tables.</summary>
    private static bool IsTableScan(string line, string url) =>
        line.Contains("RequestMethod=GET", StringComparison.Ordinal)
        && !url.Contains("RowKey='", StringComparison.Ordinal)
        && !url.Contains("/Tables", StringComparison.Ordinal);
}

/// <summary>Requests per storage service, how many of them were listings or scans, and the five kinds asked most.</summary>
internal readonly record struct RequestCounts(int Blob, int Queue, int Table, int Listings, string Top)
{
    public int Total => Blob + Queue + Table;
}
