using System.ComponentModel.DataAnnotations;
using Serverless.Shared.Downloads;
using Serverless.Shared.Notifications;
using Serverless.Shared.Outbound;

namespace Serverless.UnitTests.Outbound;

public class HostAllowListTests
{
    private static readonly HostAllowList AllowList = new(["undocs.org", "*.un.org"]);

    [Theory]
    [InlineData("https://undocs.org/A/RES/79/194")]
    [InlineData("https://documents.un.org/doc/undoc/gen/n24/123.pdf")]
    [InlineData("http://WWW.UN.ORG/en/report.pdf")]
    public void Allows_ListedHostsAndSubdomainsOfWildcards(string url) => Assert.True(AllowList.Allows(new Uri(url)));

    [Theory]
    [InlineData("https://evilun.org/report.pdf")]
    [InlineData("https://un.org.example.com/report.pdf")]
    [InlineData("https://undocs.org.example.com/report.pdf")]
    [InlineData("ftp://undocs.org/report.pdf")]
    [InlineData("file:///etc/passwd")]
    public void Refuses_OtherHostsLookalikesAndSchemes(string url) => Assert.False(AllowList.Allows(new Uri(url)));

    [Fact]
    public void UsesTheUnitedNationsHosts_When_NoneAreConfigured()
    {
        Assert.Contains("*.un.org", new DownloadOptions().EffectiveAllowedHosts);
        Assert.Equal(["127.0.0.1"], new DownloadOptions { AllowedHosts = ["127.0.0.1"] }.EffectiveAllowedHosts);
    }

    [Fact]
    public void OptionsAreInvalid_When_AHostIsAnAddressOrTheTotalTimeoutIsShorterThanOneAttempt()
    {
        var options = new DownloadOptions { AllowedHosts = ["https://undocs.org/"], AttemptTimeoutSeconds = 30, TotalTimeoutSeconds = 10 };

        var problems = options.Validate(new ValidationContext(options)).Select(r => r.ErrorMessage).ToArray();

        Assert.Contains(problems, p => p!.Contains("Downloads:AllowedHosts has 'https://undocs.org/'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p!.Contains("Downloads:TotalTimeoutSeconds (10)", StringComparison.Ordinal));
    }

    [Fact]
    public void NotificationsAllowNoHostAndHttpsOnly_When_NothingIsConfigured()
    {
        var options = new NotificationOptions();

        Assert.Null(options.AllowedHosts);
        Assert.False(options.AllowHttp);
        Assert.Empty(options.Validate(new ValidationContext(options)));
    }
}
