using System.Net;
using System.Net.Sockets;

namespace Serverless.Shared.Outbound;

/// <summary>
/// The connect step of outbound HTTP clients (<see cref="SocketsHttpHandler.ConnectCallback"/>): resolves the host
/// itself, refuses the call when any address is not public (<see cref="PublicAddresses"/>) unless it lies in a network
/// explicitly allowed, and connects to the address it checked, so a name cannot resolve to a public address for the
/// check and to a private one for the connection. Every connection goes through here, redirects included, so a
/// host-name allow-list cannot be turned against the platform's own network by a DNS record.
/// </summary>
public sealed class PublicAddressConnector(IOutboundResolver resolver, IReadOnlyList<IPNetwork> allowedNetworks)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await resolver.ResolveAsync(host, cancellationToken);

        // All or nothing: a name with one private address among public ones is refused, rather than hoping the
        // connection picks a public one.
        if (addresses.Length == 0 || addresses.Any(a => !IsAllowed(a)))
        {
            throw new OutboundAddressRefusedException(host);
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private bool IsAllowed(IPAddress address) =>
        PublicAddresses.IsPublic(address) || allowedNetworks.Any(n => n.Contains(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address));
}
