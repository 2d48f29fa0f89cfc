using Azure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Serverless.Shared.Api.Contract;
using Serverless.Shared.Classification;
using Serverless.Shared.Storage;

namespace Serverless.Shared.Api;

/// <summary>Liveness with a storage round trip, the queues' backlog, and the taxonomy the classifier uses.</summary>
public static class HealthApi
{
    /// <summary>Maps <c>GET /api/health</c> and <c>GET /api/taxonomy</c> onto the <c>/api</c> group.</summary>
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder api)
    {
        api.MapMethods(ApiRoutes.Health, ApiOperation.ReadMethods, GetAsync);
        api.MapMethods(ApiRoutes.Taxonomy, ApiOperation.ReadMethods, GetTaxonomy);
        return api;
    }

    /// <summary><c>GET /api/health</c>: 200 when storage answers, 503 otherwise.</summary>
    public static async Task<Results<Ok<HealthReport>, JsonHttpResult<HealthReport>>> GetAsync(
        StorageClients storage, Taxonomy taxonomy, CancellationToken cancellationToken)
    {
        try
        {
            await storage.Table(StorageNames.DocumentsTable)
                .QueryAsync<Azure.Data.Tables.TableEntity>(maxPerPage: 1, select: ["PartitionKey"], cancellationToken: cancellationToken)
                .AsPages().GetAsyncEnumerator(cancellationToken).MoveNextAsync();
            return TypedResults.Ok(new HealthReport("healthy", "reachable", taxonomy.Version)
            {
                Queues = await QueueDepthsAsync(storage, cancellationToken),
            });
        }
        catch (RequestFailedException e)
        {
            return TypedResults.Json(new HealthReport("unhealthy", $"storage answered {e.Status}", taxonomy.Version), statusCode: 503);
        }
        catch (HttpRequestException)
        {
            return TypedResults.Json(new HealthReport("unhealthy", "storage unreachable", taxonomy.Version), statusCode: 503);
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
    public static Ok<Taxonomy> GetTaxonomy(Taxonomy taxonomy) => TypedResults.Ok(taxonomy);
}
