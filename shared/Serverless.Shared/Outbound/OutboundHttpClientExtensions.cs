using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace Serverless.Shared.Outbound;

public static class OutboundHttpClientExtensions
{
    /// <summary>
    /// A named client for calls out of the platform, configured from <typeparamref name="TOptions"/> (bound from
    /// <paramref name="section"/>, validated at start-up): the standard resilience pipeline with its timeouts and
    /// retries, one circuit breaker per host, and no automatic redirects, so a redirect cannot reach a host the
    /// allow-list was not asked about. Every connection goes to a public address only (<see cref="PublicAddressConnector"/>),
    /// and no proxy is used, since the check must see the address really connected to.
    /// </summary>
    public static IServiceCollection AddOutboundHttpClient<TOptions>(this IServiceCollection services, string name, string section)
        where TOptions : OutboundHttpOptions
    {
        services.AddOptions<TOptions>()
            .BindConfiguration(section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton<IOutboundResolver, DnsOutboundResolver>();
        services.AddHttpClient(name, client =>
            {
                // The resilience pipeline owns the timeouts; the client's own would cut a slow but healthy call.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.ParseAdd("wsis-ingestion/1.0");
            })
            .ConfigurePrimaryHttpMessageHandler(provider => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                AutomaticDecompression = System.Net.DecompressionMethods.All,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                UseProxy = false,
                ConnectCallback = new PublicAddressConnector(
                    provider.GetRequiredService<IOutboundResolver>(),
                    provider.GetRequiredService<IOptions<TOptions>>().Value.ParsedAllowedNetworks).ConnectAsync,
            })
            .AddStandardResilienceHandler()
            .Configure((resilience, provider) => Apply(provider.GetRequiredService<IOptions<TOptions>>().Value, resilience))
            .SelectPipelineByAuthority();
        return services;
    }

    private static void Apply(OutboundHttpOptions options, HttpStandardResilienceOptions resilience)
    {
        var attempt = TimeSpan.FromSeconds(options.AttemptTimeoutSeconds);
        resilience.AttemptTimeout.Timeout = attempt;
        resilience.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(options.TotalTimeoutSeconds);
        resilience.Retry.MaxRetryAttempts = options.MaxRetries;
        resilience.Retry.Delay = TimeSpan.FromMilliseconds(options.RetryDelayMilliseconds);

        // A host that resolves to a refused address is refused again on every attempt: no retry, no breaker count.
        resilience.Retry.ShouldHandle = args => ValueTask.FromResult(
            !OutboundAddressRefusedException.IsIn(args.Outcome.Exception) && HttpClientResiliencePredicates.IsTransient(args.Outcome));

        // The breaker must sample over at least two attempt timeouts (the library validates this).
        var twoAttempts = attempt * 2;
        resilience.CircuitBreaker.SamplingDuration = twoAttempts > TimeSpan.FromSeconds(30) ? twoAttempts : TimeSpan.FromSeconds(30);
    }
}
