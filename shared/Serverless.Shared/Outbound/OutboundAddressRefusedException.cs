namespace Serverless.Shared.Outbound;

/// <summary>
/// An outbound call whose host resolves to an address that is not public. Its own type because callers answer it
/// differently from a host that is down: the link or portal is not allowed, and trying again cannot help.
/// </summary>
public sealed class OutboundAddressRefusedException(string host)
    : Exception($"'{host}' resolves to a private, loopback or otherwise reserved network address; only public addresses are called.")
{
    public string Host { get; } = host;

    /// <summary>Whether <paramref name="exception"/> or one of its inner exceptions is a refusal.</summary>
    public static bool IsIn(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is OutboundAddressRefusedException)
            {
                return true;
            }
        }

        return false;
    }
}
