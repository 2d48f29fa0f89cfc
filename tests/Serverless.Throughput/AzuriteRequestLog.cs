using System.Text;

namespace Serverless.Throughput;

/// <summary>
/// Counts the requests Azurite served from its <c>--debug</c> log (one <c>...StorageContextMiddleware: RequestMethod=</c>
/// line per request), read on from where the last count stopped. Listings and scans are counted apart, since they are
/// the requests whose cost grows with what is stored: a blob container listing (<c>comp=list</c>) and a table query
/// that names no single entity.
/// </summary>
internal sealed class AzuriteRequestLog(string path)
{
    private long _offset;

    /// <summary>
    /// Counts the requests served since the last call, up to the one whose URL contains <paramref name="marker"/> (a
    /// request the caller has just made), which is left out. Azurite writes its log behind the requests, by seconds
    /// under load, so counting until a marker rather than until now is what puts each request in its batch.
    /// </summary>
    public async Task<RequestCounts> CountUntilAsync(string marker, TimeSpan timeout)
    {
        int blob = 0, queue = 0, table = 0, listings = 0;
        var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            foreach (var line in NewLines())
            {
                var at = line.IndexOf("StorageContextMiddleware: RequestMethod=", StringComparison.Ordinal);
                if (at < 0)
                {
                    continue;
                }

                var url = Url(line);
                if (url.Contains(marker, StringComparison.Ordinal))
                {
                    var top = string.Join(", ", kinds.OrderByDescending(k => k.Value).Take(5).Select(k => $"{k.Key} {k.Value}"));
                    return new RequestCounts(blob, queue, table, listings, top);
                }

                var service = line.AsSpan(0, at);
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

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The marker request {marker} did not reach Azurite's log {path} within {timeout.TotalSeconds:0} s.");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>The whole lines written since the last read; a line still being written is read next time.</summary>
    private List<string> NewLines()
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var bytes = new byte[stream.Length - _offset];
        stream.Seek(_offset, SeekOrigin.Begin);
        stream.ReadExactly(bytes);
        var end = Array.LastIndexOf(bytes, (byte)'\n');
        if (end < 0)
        {
            return [];
        }

        _offset += end + 1;
        return [.. Encoding.UTF8.GetString(bytes, 0, end).Split('\n')];
    }

    /// <summary>Method, service and resource of a request (<c>GET table documents (list/scan)</c>), to name what is asked most.</summary>
    private static string Kind(string line, ReadOnlySpan<char> service, string url)
    {
        var method = line[(line.IndexOf("RequestMethod=", StringComparison.Ordinal) + "RequestMethod=".Length)..].Split(' ')[0];
        var afterHost = url.IndexOf('/', url.IndexOf("://", StringComparison.Ordinal) + 3);
        var path = (afterHost < 0 ? string.Empty : url[afterHost..].Split('?')[0]).Split('/', StringSplitOptions.RemoveEmptyEntries);
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

    /// <summary>
    /// A GET of a table that is neither a point read (<c>Table(PartitionKey='..',RowKey='..')</c>), nor a query of one
    /// partition (<c>$filter=PartitionKey eq '..'</c>), nor a listing of tables.
    /// </summary>
    private static bool IsTableScan(string line, string url) =>
        line.Contains("RequestMethod=GET", StringComparison.Ordinal)
        && !url.Contains("RowKey='", StringComparison.Ordinal)
        && !url.Contains("PartitionKey eq '", StringComparison.Ordinal)
        && !url.Contains("/Tables", StringComparison.Ordinal);
}

/// <summary>Requests per storage service, how many of them were listings or scans, and the five kinds asked most.</summary>
internal readonly record struct RequestCounts(int Blob, int Queue, int Table, int Listings, string Top)
{
    public int Total => Blob + Queue + Table;
}
