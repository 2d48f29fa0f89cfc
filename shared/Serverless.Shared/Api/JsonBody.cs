using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Serverless.Shared.Api;

/// <summary>Reads a request's JSON body for a handler that answers a malformed one with its own usage message.</summary>
public static class JsonBody
{
    /// <summary>The body as <typeparamref name="T"/>; null when it is missing, not JSON, or not of that shape.</summary>
    public static async Task<T?> TryReadAsync<T>(HttpRequest request, CancellationToken cancellationToken) where T : class
    {
        try
        {
            return await request.ReadFromJsonAsync<T>(ApiJson.Options, cancellationToken);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
