using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Shared.Api;
using FunctionsWorker = Microsoft.Azure.Functions.Worker;

namespace Serverless.IntegrationTests.Hosting;

/// <summary>Both hosts must serve the same HTTP routes with the same methods: the API a portal sees cannot depend on the host.</summary>
[Collection(PlatformCollection.Name)]
public class HttpRouteParityTests(PlatformFixture platform)
{
    [Fact]
    public void LocalHost_ServesTheSameRoutesAsTheFunctionsApp()
    {
        var functions = typeof(Serverless.Functions.Http.DocumentsHttpFunctions).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .SelectMany(m => m.GetParameters().Select(p => p.GetCustomAttribute<FunctionsWorker.HttpTriggerAttribute>()).OfType<FunctionsWorker.HttpTriggerAttribute>())
            .SelectMany(trigger => (trigger.Methods ?? []).Select(method => $"{method.ToUpperInvariant()} {trigger.Route}"))
            .Order(StringComparer.Ordinal)
            .ToArray();

        var local = platform.Platform.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(method => $"{method} {Route(e)}"))
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Contains($"POST {ApiRoutes.DocumentFromUrl}", functions);
        Assert.Equal(functions, local);
    }

    private static string Route(RouteEndpoint endpoint) =>
        endpoint.RoutePattern.RawText!.TrimStart('/')[(ApiRoutes.Prefix.Length + 1)..];
}
