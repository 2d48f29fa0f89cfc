using Azure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Serverless.Shared.Classification;
using Serverless.Shared.Storage;

namespace Serverless.Shared.Api;

/// <summary>Liveness with a storage round trip, the queues' backlog, and the taxonomy the classifier uses.</summary>
public static class HealthApi
{
    /// <summary><c>GET /api/health</c>: 200 when storage answers, 503 otherwise.</summary>
    public static async Task<Results<Ok<HealthReport>, JsonHttpResult<HealthReport>>> GetAsync(
        ApiServices services, CancellationToken cancellationToken)
    {
        try
        {
            await services.Storage.Table(StorageNames.DocumentsTable)
                .QueryAsync<Azure.Data.Tables.TableEntity>(maxPerPage: 1, select: ["PartitionKey"], cancellationToken: cancellationToken)
                .AsPages().GetAsyncEnumerator(cancellationToken).MoveNextAsync();
            return TypedResults.Ok(new HealthReport("healthy", "reachable", services.Taxonomy.Version)
            {
                Queues = await QueueDepthsAsync(services.Storage, cancellationToken),
            });
        }
        catch (RequestFailedException e)
        {
            return TypedResults.Json(new HealthReport("unhealthy", $"storage answered {e.Status}", services.Taxonomy.Version), statusCode: 503);
        }
        catch (HttpRequestException)
        {
            return TypedResults.Json(new HealthReport("unhealthy", "storage unreachable", services.Taxonomy.Version), statusCode: 503);
        }
    }

    private static async Task<IReadOnlyDictionary<string, int>> QueueDepthsAsync(StorageClients storage, CancellationToken cancellationToken)
    {
        var depths = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in StorageNames.Queues)
        {
            var queue = storage.Queue(name);
            depths[name] = await queue.ExistsAsync(cancellationToken)
                ? (await queue.GetPropertiesAsync(cancellationToken)).Value.ApproximateMessagesCount
                : 0;
        }

        return depths;
    }

    /// <summary><c>GET /api/taxonomy</c>: action lines, bodies and addressees, with the taxonomy version.</summary>
    public static Ok<Taxonomy> GetTaxonomy(ApiServices services) => TypedResults.Ok(services.Taxonomy);
}
