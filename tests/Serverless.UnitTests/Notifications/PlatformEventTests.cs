using System.Text;
using Serverless.Shared.Notifications;

namespace Serverless.UnitTests.Notifications;

public class PlatformEventTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public void GivesTheSameId_When_TheSameChangeIsReportedTwice()
    {
        var first = PlatformEvent.Create(PlatformEvent.SummaryCompiled, "2025", "v1", "/api/summaries/2025", Now);
        var again = PlatformEvent.Create(PlatformEvent.SummaryCompiled, "2025", "v1", "/api/summaries/2025", Now.AddHours(1));

        Assert.Equal(first.Id, again.Id);
    }

    [Theory]
    [InlineData(PlatformEvent.SummaryCompiled, "2025", "v2")]
    [InlineData(PlatformEvent.SummaryCompiled, "2024", "v1")]
    [InlineData(PlatformEvent.DocumentClassified, "2025", "v1")]
    public void GivesAnotherId_When_TypeSubjectOrVersionDiffer(string type, string subject, string version)
    {
        var reference = PlatformEvent.Create(PlatformEvent.SummaryCompiled, "2025", "v1", "/", Now);

        Assert.NotEqual(reference.Id, PlatformEvent.Create(type, subject, version, "/", Now).Id);
    }

    [Fact]
    public void SignatureIsTheHmacOfTheBody_AndAnyChangeBreaksIt()
    {
        var body = Encoding.UTF8.GetBytes("{\"type\":\"document.classified\"}");

        // HMAC-SHA256("secret", body), computed independently with: printf '%s' "$body" | openssl dgst -sha256 -hmac secret
        Assert.Equal("sha256=53e6ac9314c0cd5e86660ec28b19d6a2518296960f6b9467406c3972859b509c", WebhookSignature.Sign("secret", body));
        Assert.True(WebhookSignature.IsValid("secret", body, WebhookSignature.Sign("secret", body)));
        Assert.False(WebhookSignature.IsValid("secret", Encoding.UTF8.GetBytes("{\"type\":\"document.failed\"}"), WebhookSignature.Sign("secret", body)));
        Assert.False(WebhookSignature.IsValid("secret", body, null));
    }
}
