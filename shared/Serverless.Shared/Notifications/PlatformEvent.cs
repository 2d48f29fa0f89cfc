using System.Security.Cryptography;
using System.Text;

namespace Serverless.Shared.Notifications;

/// <summary>
/// Something a portal may want to hear about. <see cref="Id"/> is derived from what happened (type, subject and
/// version), so the same change reported twice has the same id: receivers can drop a delivery they already have.
/// </summary>
public sealed record PlatformEvent(string Id, string Type, string Subject, string Url, DateTimeOffset OccurredAt)
{
    public const string DocumentClassified = "document.classified";
    public const string DocumentFailed = "document.failed";
    public const string SummaryCompiled = "summary.compiled";

    public static IReadOnlyList<string> Types { get; } = [DocumentClassified, DocumentFailed, SummaryCompiled];

    public static PlatformEvent Create(string type, string subject, string version, string url, DateTimeOffset occurredAt) =>
        new(IdOf(type, subject, version), type, subject, url, occurredAt);

    private static string IdOf(string type, string subject, string version) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{type}\n{subject}\n{version}")))[..32];
}
