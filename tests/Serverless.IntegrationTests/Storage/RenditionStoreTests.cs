using Microsoft.Extensions.DependencyInjection;
using Serverless.Shared.Storage;

namespace Serverless.IntegrationTests.Storage;

/// <summary>The order of a contribution's renditions on the real Azurite, where creation times are whole seconds.</summary>
[Collection(PlatformCollection.Name)]
public sealed class RenditionStoreTests(PlatformFixture platform)
{
    private static readonly DateTimeOffset SameSecond = new(2026, 12, 6, 9, 30, 15, TimeSpan.Zero);

    private RenditionStore Renditions => platform.Platform.Services.GetRequiredService<RenditionStore>();

    [Fact]
    public async Task PutsTheGroupsFirstIngestedFirst_When_RenditionsWereReceivedInTheSameSecond()
    {
        // Arrange: ids chosen so that the later rendition sorts first by id.
        var fingerprint = Guid.NewGuid().ToString("N");
        var first = "f" + new string('0', 63);
        var later = "0" + new string('f', 63);
        await Renditions.JoinAsync(fingerprint, first, SameSecond);

        // Act
        var group = await Renditions.JoinAsync(fingerprint, later, SameSecond);

        // Assert
        Assert.Equal([first, later], group);
    }

    [Fact]
    public async Task PutsTheEarliestReceivedFirst_When_ALaterRenditionClaimedTheGroup()
    {
        // Arrange: the group claimed by a document received later (a redelivered older blob ingested after it).
        var fingerprint = Guid.NewGuid().ToString("N");
        var claimant = "a" + new string('0', 63);
        var earlier = "b" + new string('0', 63);
        await Renditions.JoinAsync(fingerprint, claimant, SameSecond.AddSeconds(5));

        // Act
        var group = await Renditions.JoinAsync(fingerprint, earlier, SameSecond);

        // Assert
        Assert.Equal([earlier, claimant], group);
    }
}
