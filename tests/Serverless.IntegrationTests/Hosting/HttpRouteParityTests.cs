using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Functions.Http;
using Serverless.Shared.Api;
using Serverless.Shared.Api.Contract;
using FunctionsWorker = Microsoft.Azure.Functions.Worker;

namespace Serverless.IntegrationTests.Hosting;

/// <summary>
/// Both hosts must serve the same HTTP routes with the same methods, and exactly those of the route table the OpenAPI
/// document is generated from: the API a portal sees cannot depend on the host, nor drift from its contract.
/// </summary>
[Collection(PlatformCollection.Name)]
public class HttpRouteParityTests(PlatformFixture platform)
{
    // A read route answers HEAD too (ApiOperation.Methods): both hosts must map it so.
    private static readonly string[] Table = ApiRouteTable.Operations.SelectMany(o => o.Methods.Select(m => $"{m} {o.Route}")).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void FunctionsApp_ServesTheRoutesOfTheTable()
    {
        var functions = typeof(DocumentsHttpFunctions).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .SelectMany(m => m.GetParameters().Select(p => p.GetCustomAttribute<FunctionsWorker.HttpTriggerAttribute>()).OfType<FunctionsWorker.HttpTriggerAttribute>())
            .Where(trigger => trigger.Route != UnmatchedHttpFunction.Route)
            .SelectMany(trigger => (trigger.Methods ?? []).Select(method => $"{method.ToUpperInvariant()} {trigger.Route}"))
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Contains($"POST {ApiRoutes.DocumentFromUrl}", functions);
        Assert.Equal(Table, functions);
    }

    [Fact]
    public void LocalHost_ServesTheRoutesOfTheTable()
    {
        var local = platform.Platform.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(method => $"{method} {Route(e)}"))
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(Table, local);
    }

    [Fact]
    public void FunctionNames_AreTheOperationIds()
    {
        var functions = typeof(DocumentsHttpFunctions).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .Select(m => (Name: m.GetCustomAttribute<FunctionsWorker.FunctionAttribute>()?.Name,
                Trigger: m.GetParameters().Select(p => p.GetCustomAttribute<FunctionsWorker.HttpTriggerAttribute>()).OfType<FunctionsWorker.HttpTriggerAttribute>().FirstOrDefault()))
            .Where(f => f.Trigger is not null && f.Trigger.Route != UnmatchedHttpFunction.Route)
            .Select(f => $"{f.Trigger!.Methods![0].ToUpperInvariant()} {f.Trigger.Route} {f.Name}")
            .Order(StringComparer.Ordinal);

        Assert.Equal(ApiRouteTable.Operations.Select(o => $"{o.Method} {o.Route} {o.OperationId}").Order(StringComparer.Ordinal), functions);
    }

    private static string Route(RouteEndpoint endpoint) =>
        endpoint.RoutePattern.RawText!.TrimStart('/')[(ApiRoutes.Prefix.Length + 1)..];
}
