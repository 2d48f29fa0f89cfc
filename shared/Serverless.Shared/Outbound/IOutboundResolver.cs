using System.Net;

namespace Serverless.Shared.Outbound;

/// <summary>
/// Turns a host name into the addresses an outbound call may connect to. The connection checks every address it is
/// given (<see cref="PublicAddressConnector"/>); tests replace the resolver to make an allowed name point at loopback.
/// </summary>
public interface IOutboundResolver
{
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken);
}

/// <summary>The system's DNS resolver.</summary>
public sealed class DnsOutboundResolver : IOutboundResolver
{
    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        Dns.GetHostAddressesAsync(host, cancellationToken);
}
