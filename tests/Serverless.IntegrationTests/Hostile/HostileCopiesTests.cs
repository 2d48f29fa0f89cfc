using Microsoft.Extensions.DependencyInjection;
using Serverless.Shared.Documents;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;

namespace Serverless.IntegrationTests.Hostile;

/// <summary>
/// One file stored under more names than its document's row can list: anyone may upload the same bytes again and
/// again under new names (over HTTP each gets a blob of its own), and a tool may write them straight into storage.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class HostileCopiesTests(PlatformFixture platform)
{
    [Fact]
    public async Task EveryCopyIsTakenInOnce_AndTheDocumentStaysAsItWas_When_ItsNamesOutgrowTheRow()
    {
        // Arrange: the document, then 60 copies of its bytes under names of 900 letters (blob names may have 1,024):
        // about 35 of them fill the 32,000 characters of the row's column of other names.
        const int year = 2122;
        var text = SampleTexts.Contribution(nameof(EveryCopyIsTakenInOnce_AndTheDocumentStaysAsItWas_When_ItsNamesOutgrowTheRow));
        var id = await platform.DropAsync($"{year}/ITU/original.md", text);
        var before = await platform.WaitForFinalStatusAsync(id);
        var names = Enumerable.Range(0, 60).Select(i => $"{year}/ITU/{i:D2}{new string('é', 898)}.md").ToArray();
        foreach (var name in names)
        {
            await platform.DropAsync(name, text);
        }

        // Act: intake on every copy, twice (the trigger may have taken some already; storage delivers at least once).
        var ingest = ActivatorUtilities.CreateInstance<IngestDocumentStep>(platform.Platform.Services);
        var outcomes = new List<StepOutcome>();
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var name in names)
            {
                outcomes.Add(await ingest.RunAsync(platform.Storage.Container(StorageNames.IncomingContainer).GetBlobClient(name)));
            }
        }

        // Assert: before, each copy past the 35th failed on every attempt (storage refused the row: PropertyValueTooLarge),
        // went to the poison queue, and would have failed the document had it still been in progress.
        Assert.All(outcomes, o => Assert.Equal(StepOutcome.Done, o));
        var after = (await platform.Documents.GetAsync(id))!;
        Assert.Equal(DocumentStatus.Classified, after.StatusValue);
        Assert.Equal(before.ParagraphCount, after.ParagraphCount);
        Assert.True(after.OtherBlobNames.Length <= TableText.MaxColumnLength);
        var listed = after.GetOtherBlobNames();
        Assert.InRange(listed.Count, 30, 59);
        Assert.Equal(listed.Distinct(), listed);
        Assert.All(listed, n => Assert.Contains(n, names));
    }
}
