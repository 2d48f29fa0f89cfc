using Azure;
using Serverless.Local.Hosting;

namespace Serverless.IntegrationTests.Hosting;

/// <summary>When the local intake sweep runs: after a lull in the blob trigger's deliveries, or during deliveries that never pause.</summary>
public class IntakeDeliveriesTests
{
    [Fact]
    public async Task EndsTheBurst_When_DeliveriesNeverPauseForTheQuietTime()
    {
        var deliveries = new IntakeDeliveries(TimeProvider.System);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var feeding = Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                deliveries.Delivered($"2025/file-{i}.md", new ETag($"v{i}"));
                await Task.Delay(50);
            }
        });

        // Deliveries every 50 ms never leave a quiet second; the burst must still end after its longest span.
        var burst = await deliveries.WaitForQuietAfterBurstAsync(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(5), stop.Token);
        var endedWhileFeeding = !feeding.IsCompleted;
        await stop.CancelAsync();
        await feeding;

        Assert.True(endedWhileFeeding);
        Assert.True(burst.HasDeliveries);
        Assert.NotEmpty(burst.Delivered);
    }

    [Fact]
    public async Task EndsTheBurst_AfterTheQuietTime_When_DeliveriesStop()
    {
        var deliveries = new IntakeDeliveries(TimeProvider.System);
        deliveries.Delivered("2025/one.md", new ETag("\"v1\""));

        var burst = await deliveries.WaitForQuietAfterBurstAsync(TimeSpan.FromMilliseconds(200), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5), CancellationToken.None);

        Assert.True(burst.HasDeliveries);
        Assert.Contains(("2025/one.md", new ETag("v1")), burst.Delivered);
    }

    [Fact]
    public async Task RemembersDeliveriesAfterTheBurst_ForTheSweepsSecondLook()
    {
        var deliveries = new IntakeDeliveries(TimeProvider.System);
        deliveries.Delivered("2025/one.md", new ETag("v1"));
        var burst = await deliveries.WaitForQuietAfterBurstAsync(TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5), CancellationToken.None);

        // A blob too young at the sweep, then delivered by the trigger: the second look must not ingest it again.
        deliveries.Delivered("2025/two.md", new ETag("\"v2\""));

        Assert.DoesNotContain(("2025/two.md", new ETag("v2")), burst.Delivered);
        Assert.Equal([("2025/one.md", new ETag("v1")), ("2025/two.md", new ETag("v2"))], deliveries.DeliveredSoFar().OrderBy(d => d.Name));
    }

    [Fact]
    public async Task WaitsForTheDeliveriesToPause_BeforeTheLookAfterStart()
    {
        var deliveries = new IntakeDeliveries(TimeProvider.System);
        using var stop = new CancellationTokenSource();
        var feeding = Task.Run(async () =>
        {
            for (var i = 0; i < 20; i++)
            {
                deliveries.Delivered($"2025/file-{i}.md", new ETag($"v{i}"));
                await Task.Delay(50);
            }
        });

        // Deliveries for about a second, then a pause: the wait ends with the pause, not before the last delivery.
        await deliveries.WaitForQuietAsync(TimeSpan.FromMilliseconds(300), TimeSpan.FromMinutes(5), stop.Token);
        var fedToTheEnd = feeding.IsCompleted;
        await feeding;

        Assert.True(fedToTheEnd);

        // The burst is still there for the sweep that follows deliveries.
        var burst = await deliveries.WaitForQuietAfterBurstAsync(TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5), stop.Token);
        Assert.Equal(20, burst.Delivered.Count);
    }

    [Fact]
    public async Task EndsTheWaitAfterTheLongestSpan_When_DeliveriesNeverPause()
    {
        var deliveries = new IntakeDeliveries(TimeProvider.System);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var feeding = Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                deliveries.Delivered($"2025/file-{i}.md", new ETag($"v{i}"));
                await Task.Delay(50);
            }
        });

        await deliveries.WaitForQuietAsync(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), stop.Token);
        var endedWhileFeeding = !feeding.IsCompleted;
        await stop.CancelAsync();
        await feeding;

        Assert.True(endedWhileFeeding);
    }
}
