using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Serverless.Shared.Storage;

/// <summary>
/// Counts the requests the platform's storage clients send, by service and operation. On Azure every request is a
/// billed transaction, so this is what a document costs; the integration tests hold it to a budget and the hosts and
/// harnesses can read it. Requests the SDK retries count each time they are sent, as storage bills them. The trigger
/// engines' own requests (blob receipts, queue polling) go through their own clients and are not counted here.
/// </summary>
public sealed class StorageRequestCounter
{
    private readonly ConcurrentDictionary<(string Service, string Operation), long> _counts = new();

    public const string Blob = "blob", Queue = "queue", Table = "table";

    /// <summary>The counts so far, by service and operation.</summary>
    public IReadOnlyDictionary<(string Service, string Operation), long> Snapshot() => new Dictionary<(string, string), long>(_counts);

    public long Total => _counts.Values.Sum();

    /// <summary>The policy to add to one service's client options (per retry, so retried requests count too).</summary>
    public HttpPipelinePolicy PolicyFor(string service) => new CountingPolicy(this, service);

    internal void Count(string service, string operation) => _counts.AddOrUpdate((service, operation), 1, (_, n) => n + 1);

    /// <summary>A readable operation name from the request's method and address, e.g. <c>PUT blob</c>, <c>POST $batch</c>.</summary>
    public static string OperationOf(string service, string method, Uri uri)
    {
        var query = System.Web.HttpUtility.ParseQueryString(uri.Query);
        var segments = uri.AbsolutePath.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);

        // Azurite's addresses carry the account as the first segment; Azure's carry it in the host name.
        var path = segments.Length > 0 && uri.Host is "127.0.0.1" or "localhost" ? segments[1..] : segments;
        var target = service switch
        {
            Blob => path.Length switch { 0 => "account", 1 => query["comp"] == "list" ? "list blobs" : "container", _ => "blob" },
            Queue => path.Length switch { 0 => "account", 1 => "queue", 2 => "messages", _ => "message" },
            _ => path.Length == 0 ? "account"
                : path[0] == "$batch" ? "$batch"
                : path[0].StartsWith("Tables", StringComparison.Ordinal) ? "tables"
                : path[0].Contains("PartitionKey=", StringComparison.Ordinal) ? "entity"
                : method == "POST" ? "entity"
                : "query",
        };
        var comp = query["comp"];
        return comp is null or "list" ? $"{method} {target}" : $"{method} {target} {comp}";
    }

    private sealed class CountingPolicy(StorageRequestCounter counter, string service) : HttpPipelineSynchronousPolicy
    {
        public override void OnSendingRequest(HttpMessage message) =>
            counter.Count(service, OperationOf(service, message.Request.Method.Method, message.Request.Uri.ToUri()));
    }
}
