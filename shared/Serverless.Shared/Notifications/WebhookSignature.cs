using System.Security.Cryptography;
using System.Text;

namespace Serverless.Shared.Notifications;

/// <summary>
/// The <c>X-Wsis-Signature</c> header: <c>sha256=</c> and the HMAC-SHA256 of the body with the subscription's secret,
/// the scheme portals already know from other webhooks, so a receiver can tell our posts from anyone else's.
/// </summary>
public static class WebhookSignature
{
    public const string Header = "X-Wsis-Signature";

    public static string Sign(string secret, ReadOnlySpan<byte> body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    public static bool IsValid(string secret, ReadOnlySpan<byte> body, string? header) =>
        header is not null &&
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, body)), Encoding.ASCII.GetBytes(header));

    /// <summary>A new secret: 32 random bytes, hex.</summary>
    public static string NewSecret() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
}
