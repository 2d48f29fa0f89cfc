using System.Text.Json.Nodes;
using Microsoft.Azure.WebJobs.Host;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Serverless.Local.Hosting;

namespace Serverless.IntegrationTests.Hosting;

/// <summary>The local engine gives up after as many attempts, and polls idle queues as rarely, as host.json tells the Functions host to.</summary>
[Collection(PlatformCollection.Name)]
public sealed class HostJsonSettingsTests(PlatformFixture platform)
{
    private static readonly string RepositoryHostJson = Path.Combine(RepositoryPaths.Root, HostJsonSettings.FileName);

    [Fact]
    public void LocalEngineUsesHostJsonsRetryCountsAndPolling_When_ItRuns()
    {
        var host = JsonNode.Parse(File.ReadAllText(RepositoryHostJson))!["extensions"]!;

        var queues = platform.Platform.Services.GetRequiredService<IOptions<QueuesOptions>>().Value;
        var blobs = platform.Platform.Services.GetRequiredService<IOptions<Microsoft.Azure.WebJobs.Host.BlobsOptions>>().Value;

        Assert.Equal((int)host["queues"]!["maxDequeueCount"]!, queues.MaxDequeueCount);
        Assert.Equal((int)host["blobs"]!["poisonBlobThreshold"]!, blobs.PoisonBlobThreshold);
        Assert.Equal(TimeSpan.Parse((string)host["queues"]!["maxPollingInterval"]!, System.Globalization.CultureInfo.InvariantCulture), queues.MaxPollingInterval);
    }

    [Fact]
    public void LoadNamesTheMissingSetting_When_HostJsonLacksIt()
    {
        var path = Path.Combine(Path.GetTempPath(), $"host-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{"version": "2.0", "extensions": {"queues": {"maxDequeueCount": 5}}}""");
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => HostJsonSettings.Load(path));
            Assert.Contains("extensions.blobs.poisonBlobThreshold", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void LoadNamesThePollingInterval_When_HostJsonSetsNoneOrTooShort()
    {
        var path = Path.Combine(Path.GetTempPath(), $"host-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{"extensions": {"queues": {"maxDequeueCount": 5, "maxPollingInterval": "00:00:00.010"}, "blobs": {"poisonBlobThreshold": 5, "maxDegreeOfParallelism": 2}}}""");
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => HostJsonSettings.Load(path));
            Assert.Contains("extensions.queues.maxPollingInterval", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
