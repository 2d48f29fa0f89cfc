using System.Reflection;
using Serverless.Shared.Api;
using FunctionsWorker = Microsoft.Azure.Functions.Worker;

namespace Serverless.IntegrationTests.Hosting;

/// <summary>
/// Who may call what in the Functions app: portals read published data without a key; changing data, or reading the
/// portals' webhook addresses, needs a function key.
/// </summary>
public class HttpAccessTests
{
    private static readonly string[] KeyedReads = [ApiRoutes.Subscriptions];

    [Fact]
    public void EveryRouteThatChangesData_NeedsAFunctionKey()
    {
        var writes = Triggers().Where(t => !IsRead(t.Method)).ToArray();

        Assert.NotEmpty(writes);
        Assert.All(writes, t => Assert.True(t.Level == FunctionsWorker.AuthorizationLevel.Function, $"{t.Method} {t.Route} is {t.Level}"));
    }

    [Fact]
    public void PublishedData_IsReadableWithoutAKey_AndSubscriptionsAreNot()
    {
        var reads = Triggers().Where(t => IsRead(t.Method)).ToArray();

        Assert.Contains(reads, t => t.Route == ApiRoutes.DocumentParagraphs);
        Assert.All(reads, t => Assert.True(
            t.Level == (KeyedReads.Contains(t.Route) ? FunctionsWorker.AuthorizationLevel.Function : FunctionsWorker.AuthorizationLevel.Anonymous),
            $"{t.Method} {t.Route} is {t.Level}"));
    }

    [Fact]
    public void OpenApiDocument_AsksForAKey_WhereTheFunctionsAppDoes()
    {
        var keyed = Triggers().Where(t => t.Level == FunctionsWorker.AuthorizationLevel.Function).Select(t => $"{t.Method} {t.Route}").Order(StringComparer.Ordinal);

        Assert.Equal(
            Serverless.Shared.Api.Contract.ApiRouteTable.Operations.Where(o => o.NeedsKey).SelectMany(o => o.Methods.Select(m => $"{m} {o.Route}")).Order(StringComparer.Ordinal),
            keyed);
    }

    /// <summary>GET, and HEAD, which answers GET's status and headers without the body: reads, never changes.</summary>
    private static bool IsRead(string method) => Serverless.Shared.Api.Contract.ApiOperation.ReadMethods.Contains(method);

    /// <summary>
    /// The routes' triggers. The catch-all that answers what no route takes is left out: it is anonymous on purpose,
    /// changes nothing and only says what is wrong (a key check first would hide a wrong method behind a 401).
    /// </summary>
    private static IEnumerable<(string Method, string? Route, FunctionsWorker.AuthorizationLevel Level)> Triggers() =>
        typeof(Serverless.Functions.Http.DocumentsHttpFunctions).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .SelectMany(m => m.GetParameters().Select(p => p.GetCustomAttribute<FunctionsWorker.HttpTriggerAttribute>()).OfType<FunctionsWorker.HttpTriggerAttribute>())
            .Where(trigger => trigger.Route != Serverless.Functions.Http.UnmatchedHttpFunction.Route)
            .SelectMany(trigger => (trigger.Methods ?? []).Select(method => (method.ToUpperInvariant(), trigger.Route, trigger.AuthLevel)));
}
