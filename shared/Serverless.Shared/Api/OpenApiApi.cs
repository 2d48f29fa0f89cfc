using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Serverless.Shared.Api.Contract;

namespace Serverless.Shared.Api;

/// <summary>The API's own contract, for portal developers and client generators.</summary>
public static class OpenApiApi
{
    /// <summary>Maps <c>GET /api/openapi.json</c> onto the <c>/api</c> group.</summary>
    public static IEndpointRouteBuilder MapOpenApiApi(this IEndpointRouteBuilder api)
    {
        api.MapMethods(ApiRoutes.OpenApi, ApiOperation.ReadMethods, Get);
        return api;
    }

    /// <summary><c>GET /api/openapi.json</c>: the OpenAPI 3.1 document of every route (<see cref="OpenApiDocument"/>).</summary>
    public static ContentHttpResult Get() => TypedResults.Text(OpenApiDocument.Text, "application/json", System.Text.Encoding.UTF8);
}
