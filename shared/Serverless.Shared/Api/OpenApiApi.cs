using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Serverless.Shared.Api.Contract;

namespace Serverless.Shared.Api;

/// <summary>The API's own contract, for portal developers and client generators.</summary>
public static class OpenApiApi
{
    /// <summary><c>GET /api/openapi.json</c>: the OpenAPI 3.1 document of every route (<see cref="OpenApiDocument"/>).</summary>
    public static ContentHttpResult Get() => TypedResults.Text(OpenApiDocument.Text, "application/json", System.Text.Encoding.UTF8);
}
