using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Serverless.Local.Hosting;

namespace Serverless.IntegrationTests.Hosting;

/// <summary>
/// The local worker gives its memory back once after a burst of work, again only when its heap grows while it is quiet,
/// and never while it is merely idle. The trimmer
/// watches the whole process's allocations, so these run alone (after the parallel tests), with a threshold far above
/// what the test host allocates while idle.
/// </summary>
[Collection(nameof(IdleMemoryTrimmerTests))]
[CollectionDefinition(nameof(IdleMemoryTrimmerTests), DisableParallelization = true)]
public class IdleMemoryTrimmerTests
{
    private static readonly IdleMemoryOptions Options = new() { AfterSeconds = 1, QuietMegabytesPerSecond = 256 };

    [Fact]
    public async Task GivesMemoryBackOnce_When_QuietAfterABurstOfWork()
    {
        // Trimming again as the heap grows is left out here: the test host, still winding down the tests before, grows.
        var logger = new ListLogger();
        var onceOnly = new IdleMemoryOptions { AfterSeconds = Options.AfterSeconds, QuietMegabytesPerSecond = Options.QuietMegabytesPerSecond, RegrowthMegabytes = 0 };
        using var trimmer = new IdleMemoryTrimmer(Microsoft.Extensions.Options.Options.Create(onceOnly), logger);
        await trimmer.StartAsync(CancellationToken.None);
        await Task.Delay(1500);

        Burst(megabytes: 1024);
        var given = await WaitAsync(() => logger.Messages.Count > 0, TimeSpan.FromSeconds(60));
        await Task.Delay(3000);
        await trimmer.StopAsync(CancellationToken.None);

        Assert.True(given, "no memory given back within 60 s of the burst");
        Assert.Single(logger.Messages);
        Assert.Contains("memory given back", logger.Messages.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GivesMemoryBackAgain_When_TheHeapGrowsWhileQuiet()
    {
        var logger = new ListLogger();
        using var trimmer = new IdleMemoryTrimmer(Microsoft.Extensions.Options.Options.Create(Options), logger);
        await trimmer.StartAsync(CancellationToken.None);
        await Task.Delay(1500);
        Burst(megabytes: 1024);
        var first = await WaitAsync(() => logger.Messages.Count > 0, TimeSpan.FromSeconds(60));

        // 96 MiB held for a while, far under the quiet rate: no work, but the collector's committed memory grows.
        // A young collection, as an idle host's polling brings every few seconds, lets the collector report it.
        var held = Enumerable.Range(0, 96).Select(_ => new byte[1024 * 1024]).ToList();
        GC.Collect(0);
        var second = await WaitAsync(() => logger.Messages.Count > 1, TimeSpan.FromSeconds(60));
        GC.KeepAlive(held);
        await trimmer.StopAsync(CancellationToken.None);

        Assert.True(first, "no memory given back within 60 s of the burst");
        Assert.True(second, "no memory given back again within 60 s of the heap growing by 96 MiB");
        Assert.Contains("heap grown again", logger.Messages.Last(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GivesNothingBack_When_NoWorkWasDone()
    {
        var logger = new ListLogger();
        using var trimmer = new IdleMemoryTrimmer(Microsoft.Extensions.Options.Options.Create(Options), logger);
        await trimmer.StartAsync(CancellationToken.None);
        await Task.Delay(4000);
        await trimmer.StopAsync(CancellationToken.None);

        Assert.Empty(logger.Messages);
    }

    [Theory]
    [InlineData(-1, 8, "IdleMemory:AfterSeconds is -1")]
    [InlineData(3601, 8, "IdleMemory:AfterSeconds is 3601")]
    [InlineData(10, 0, "IdleMemory:QuietMegabytesPerSecond is 0")]
    [InlineData(10, 8, "IdleMemory:RegrowthMegabytes is -1", -1)]
    public void RefusesAtStartUp_When_ASettingIsOutOfRange(int afterSeconds, int quietMegabytes, string message, int regrowthMegabytes = 32)
    {
        var result = new IdleMemoryOptionsValidator().Validate(null, new IdleMemoryOptions
        {
            AfterSeconds = afterSeconds, QuietMegabytesPerSecond = quietMegabytes, RegrowthMegabytes = regrowthMegabytes,
        });

        Assert.True(result.Failed);
        Assert.Contains(message, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepts_When_TheDefaultsOrNeverAreGiven()
    {
        var validator = new IdleMemoryOptionsValidator();

        Assert.True(validator.Validate(null, new IdleMemoryOptions()).Succeeded);
        Assert.True(validator.Validate(null, new IdleMemoryOptions { AfterSeconds = 0 }).Succeeded);
    }

    /// <summary>Allocates this much garbage within a fraction of a second, as reading a large document does.</summary>
    private static void Burst(int megabytes)
    {
        for (var i = 0; i < megabytes; i++)
        {
            GC.KeepAlive(new byte[1024 * 1024]);
        }
    }

    private static async Task<bool> WaitAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        return condition();
    }

    private sealed class ListLogger : ILogger<IdleMemoryTrimmer>
    {
        private readonly ConcurrentQueue<string> _messages = new();

        public IReadOnlyCollection<string> Messages => _messages;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            _messages.Enqueue(formatter(state, exception));
    }
}
