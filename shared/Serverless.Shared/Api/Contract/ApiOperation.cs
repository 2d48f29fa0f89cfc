namespace Serverless.Shared.Api.Contract;

/// <summary>
/// One route and method of the HTTP API as portals see it: what it takes and what it answers. The OpenAPI document is
/// generated from these, and tests check that both hosts map exactly these routes, so the contract cannot drift.
/// </summary>
/// <param name="Method">The HTTP method, upper case.</param>
/// <param name="Route">The route relative to <c>/api</c>, as in <see cref="ApiRoutes"/> (with its constraints).</param>
/// <param name="OperationId">A stable name for client generators; the Functions app's function name.</param>
/// <param name="Tag">The area the route belongs to (Documents, Paragraphs, Reviews...).</param>
/// <param name="Summary">One line: what the route does.</param>
/// <param name="NeedsKey">True when it changes data and needs a function key in Azure.</param>
public sealed record ApiOperation(string Method, string Route, string OperationId, string Tag, string Summary, bool NeedsKey = false)
{
    public string? Description { get; init; }

    /// <summary>
    /// The methods the route answers: a route read with GET answers HEAD too, with the same status and headers and no
    /// body (HTTP asks it of every GET resource; link checkers and uptime monitors send HEAD, and were refused with 405).
    /// </summary>
    public IReadOnlyList<string> Methods => Method == "GET" ? ReadMethods : [Method];

    /// <summary>GET and HEAD, as the hosts map a read route.</summary>
    public static readonly string[] ReadMethods = ["GET", "HEAD"];

    public IReadOnlyList<ApiParameter> Query { get; init; } = [];

    /// <summary>Parameters that may come as a query value or a header of the same name (uploads).</summary>
    public IReadOnlyList<ApiParameter> Headers { get; init; } = [];

    public ApiRequestBody? RequestBody { get; init; }

    public IReadOnlyList<ApiResponse> Responses { get; init; } = [];

    /// <summary>True for the lists read page by page (<c>limit</c>, <c>continuationToken</c>, <c>Link: rel="next"</c>).</summary>
    public bool Paged { get; init; }

    /// <summary>True when the answer carries an <c>ETag</c> and a matching <c>If-None-Match</c> gets 304.</summary>
    public bool Conditional { get; init; }

    /// <summary>The names of the route's path parameters, e.g. <c>id</c> and <c>index</c>.</summary>
    public IReadOnlyList<RouteSegment> Segments { get; } = RouteSegment.Parse(Route);

    /// <summary>The OpenAPI path, e.g. <c>/api/documents/{id}/paragraphs/{index}/labels</c>.</summary>
    public string OpenApiPath => "/" + ApiRoutes.Prefix + "/" + string.Join('/', Segments.Select(s => s.IsParameter ? "{" + s.Name + "}" : s.Name));
}

/// <param name="Type">The JSON schema type: string, integer or boolean.</param>
public sealed record ApiParameter(string Name, string Description, string Type = "string", bool Required = false, string? Example = null)
{
    public IReadOnlyList<string>? Allowed { get; init; }
}

/// <param name="Schema">The .NET type of a JSON body; null for a raw file.</param>
public sealed record ApiRequestBody(string Description, Type? Schema, string ContentType = "application/json", bool Required = true)
{
    public object? Example { get; init; }
}

/// <param name="Schema">The .NET type of a JSON answer; null for no body or a file.</param>
public sealed record ApiResponse(int Status, string Description, Type? Schema = null, string? ContentType = "application/json")
{
    /// <summary>More content types of the same answer (a file in several formats).</summary>
    public IReadOnlyList<string> OtherContentTypes { get; init; } = [];
}
