using System.Text.Json.Nodes;
using Microsoft.Azure.WebJobs.Host;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Serverless.Local.Hosting;

namespace Serverless.IntegrationTests.Hosting;

/// <summary>The local engine gives up after as many attempts as host.json tells the Functions host to.</summary>
[Collection(PlatformCollection.Name)]
public sealed class HostJsonRetriesTests(PlatformFixture platform)
{
    private static readonly string RepositoryHostJson = Path.Combine(RepositoryPaths.Root, HostJsonRetries.FileName);

    [Fact]
    public void LocalEngineUsesHostJsonsRetryCounts_When_ItRuns()
    {
        var host = JsonNode.Parse(File.ReadAllText(RepositoryHostJson))!["extensions"]!;

        var queues = platform.Platform.Services.GetRequiredService<IOptions<QueuesOptions>>().Value;
        var blobs = platform.Platform.Services.GetRequiredService<IOptions<Microsoft.Azure.WebJobs.Host.BlobsOptions>>().Value;

        Assert.Equal((int)host["queues"]!["maxDequeueCount"]!, queues.MaxDequeueCount);
        Assert.Equal((int)host["blobs"]!["poisonBlobThreshold"]!, blobs.PoisonBlobThreshold);
    }

    [Fact]
    public void LoadNamesTheMissingSetting_When_HostJsonLacksIt()
    {
        var path = Path.Combine(Path.GetTempPath(), $"host-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{"version": "2.0", "extensions": {"queues": {"maxDequeueCount": 5}}}""");
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => HostJsonRetries.Load(path));
            Assert.Contains("extensions.blobs.poisonBlobThreshold", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
