using System.Net;
using System.Net.Sockets;

namespace Serverless.Shared.Outbound;

/// <summary>
/// Which IP addresses an outbound call may connect to: public ones only. Loopback, private (RFC 1918, unique local),
/// carrier-grade NAT, link-local (where cloud metadata services answer, 169.254.169.254), Azure's platform address
/// 168.63.129.16, multicast, broadcast, unspecified, documentation and benchmarking ranges are refused, and an
/// IPv4 address written as IPv6 (mapped, compatible, NAT64, 6to4) is judged as the IPv4 address it carries.
/// </summary>
public static class PublicAddresses
{
    private static readonly IPNetwork[] Reserved =
    [
        IPNetwork.Parse("0.0.0.0/8"),
        IPNetwork.Parse("10.0.0.0/8"),
        IPNetwork.Parse("100.64.0.0/10"),
        IPNetwork.Parse("127.0.0.0/8"),
        IPNetwork.Parse("169.254.0.0/16"),
        IPNetwork.Parse("172.16.0.0/12"),
        IPNetwork.Parse("192.0.0.0/24"),
        IPNetwork.Parse("192.0.2.0/24"),
        IPNetwork.Parse("192.88.99.0/24"),
        IPNetwork.Parse("192.168.0.0/16"),
        IPNetwork.Parse("198.18.0.0/15"),
        IPNetwork.Parse("198.51.100.0/24"),
        IPNetwork.Parse("203.0.113.0/24"),
        IPNetwork.Parse("224.0.0.0/4"),
        IPNetwork.Parse("240.0.0.0/4"),
        IPNetwork.Parse("168.63.129.16/32"),
        IPNetwork.Parse("::/128"),
        IPNetwork.Parse("::1/128"),
        IPNetwork.Parse("100::/64"),
        IPNetwork.Parse("2001:db8::/32"),
        IPNetwork.Parse("fc00::/7"),
        IPNetwork.Parse("fe80::/10"),
        IPNetwork.Parse("fec0::/10"),
        IPNetwork.Parse("ff00::/8"),
    ];

    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");

    public static bool IsPublic(IPAddress address)
    {
        var ip = Unwrap(address);
        return !Reserved.Any(network => network.Contains(ip));
    }

    /// <summary>The IPv4 address an IPv6 one stands for, when it stands for one; else the address itself.</summary>
    private static IPAddress Unwrap(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }

        var bytes = address.GetAddressBytes();
        if (Nat64.Contains(address) || (bytes.Take(12).All(b => b == 0) && !IPAddress.IPv6Loopback.Equals(address) && !IPAddress.IPv6None.Equals(address)))
        {
            return new IPAddress(bytes[12..16]);
        }

        return SixToFour.Contains(address) ? new IPAddress(bytes[2..6]) : address;
    }
}
