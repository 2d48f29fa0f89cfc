using Microsoft.Extensions.DependencyInjection;
using Serverless.Local.Hosting;
using Serverless.Shared.Storage;

namespace Serverless.IntegrationTests.Hosting;

/// <summary>
/// The local engine's queue processors are made by <see cref="QueueWakeUps"/>, so every queue a function listens to can
/// be woken when the platform sends to it (else the listener would wait up to host.json's maxPollingInterval).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class QueueWakeUpsTests(PlatformFixture platform)
{
    [Theory]
    [InlineData(StorageNames.ClassifyQueue)]
    [InlineData(StorageNames.CompileQueue)]
    [InlineData(StorageNames.ReclassifyQueue)]
    [InlineData(StorageNames.NotificationsQueue)]
    [InlineData(StorageNames.ClassifyPoisonQueue)]
    [InlineData(StorageNames.CompilePoisonQueue)]
    [InlineData(StorageNames.NotificationsPoisonQueue)]
    public void WakesTheListener_When_AFunctionListensToTheQueue(string queue)
    {
        var wakeUps = platform.Platform.Services.GetRequiredService<QueueWakeUps>();

        Assert.True(wakeUps.Wake(queue), $"No listener of {queue} was made through {nameof(QueueWakeUps)}.");
    }

    [Fact]
    public void WakesNothing_When_NoFunctionListensToTheQueue()
    {
        var wakeUps = platform.Platform.Services.GetRequiredService<QueueWakeUps>();

        Assert.False(wakeUps.Wake("no-function-listens-here"));
    }
}
