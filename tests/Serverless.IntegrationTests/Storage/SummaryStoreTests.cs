using Microsoft.Extensions.DependencyInjection;
using Serverless.Shared.Storage;
using Serverless.Shared.Summary;

namespace Serverless.IntegrationTests.Storage;

/// <summary>
/// A year's summary written to and read from the real Azurite when what it names is what a table key or column does not
/// hold: contributors whose names differ only by a character keys refuse, and sections longer than a column.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class SummaryStoreTests(PlatformFixture platform)
{
    [Fact]
    public async Task WritesAndReadsBackEveryRow_When_NamesDifferOnlyByKeyCharactersOrSectionsOutgrowAColumn()
    {
        // Arrange: four contributors whose names differ only in a character a row key may not hold (a reviewer may name
        // an entity so, and an upload's folder too); an action line listing 400 contributors of 100 accented letters
        // (each written as a six-character JSON escape: 235,000 characters of data); twelve such lines, more than a
        // transaction carries.
        const int year = 2121;
        var store = platform.Platform.Services.GetRequiredService<SummaryStore>();
        string[] lookAlikes = ["Org#1", "Org?1", "Org/1", "Org_1"];
        var many = Enumerable.Range(0, 400).Select(i => $"{i:D3}" + new string('é', 97)).ToArray();
        var lines = Enumerable.Range(0, 12)
            .Select(i => new ActionLineSummary($"C{i}", $"Line {i}", $"Ligne {i}", 1, 1, many, [], [], null))
            .ToArray();
        var summary = new YearSummary(
            year, "v1", DateTimeOffset.UtcNow, "fr",
            new SummaryTotals(4, 4, 4, 4, 1, new Dictionary<string, int> { ["fr"] = 4 }),
            null,
            lines,
            [],
            lookAlikes.Select(e => new EntitySummary(e, 1, 1, ["C1"])).ToArray(),
            [],
            []);

        // Act: before, the four names took one key (Org_1) and the transaction was refused (InvalidDuplicateRow), and a
        // line's data was longer than a column holds (PropertyValueTooLarge): the year's compile failed on every attempt.
        await store.WriteAsync(summary);
        var read = await store.ReadAsync(year);

        // Assert
        Assert.NotNull(read);
        Assert.Equal(lookAlikes, read.Entities.Select(e => e.Entity));
        Assert.Equal(12, read.ActionLines.Count);
        Assert.All(read.ActionLines, line => Assert.Equal(many, line.Entities));
    }
}
