using Serverless.Local.Hosting;

namespace Serverless.IntegrationTests.Hosting;

/// <summary>When the local intake sweep gives up a blob the trigger never delivered and whose ingest keeps failing.</summary>
public class IntakeSweepAttemptsTests
{
    private static readonly DateTimeOffset Written = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void GivesUp_OnTheLastAllowedFailure_AndNotBefore()
    {
        var attempts = new IntakeSweepAttempts(allowed: 4);

        var verdicts = Enumerable.Range(0, 4).Select(_ => attempts.FailedAgain("2106/report.md|v1", Written)).ToArray();

        Assert.Equal([false, false, false, true], verdicts);
    }

    [Fact]
    public void CountsAgainFromOne_When_AnAttemptSucceeds()
    {
        var attempts = new IntakeSweepAttempts(allowed: 2);
        attempts.FailedAgain("2106/report.md|v1", Written);

        attempts.Succeeded("2106/report.md|v1");

        Assert.False(attempts.FailedAgain("2106/report.md|v1", Written));
    }

    [Fact]
    public void CountsEachVersionOfABlobApart()
    {
        var attempts = new IntakeSweepAttempts(allowed: 2);
        attempts.FailedAgain("2106/report.md|v1", Written);

        Assert.False(attempts.FailedAgain("2106/report.md|v2", Written));
        Assert.True(attempts.FailedAgain("2106/report.md|v1", Written));
    }

    [Fact]
    public void ForgetsBlobsWrittenBeforeTheSweepsLookBack()
    {
        var attempts = new IntakeSweepAttempts(allowed: 2);
        attempts.FailedAgain("2106/old.md|v1", Written);
        attempts.FailedAgain("2106/new.md|v1", Written.AddMinutes(10));

        attempts.ForgetWrittenBefore(Written.AddMinutes(5));

        Assert.False(attempts.FailedAgain("2106/old.md|v1", Written));
        Assert.True(attempts.FailedAgain("2106/new.md|v1", Written.AddMinutes(10)));
    }
}
