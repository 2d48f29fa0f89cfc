using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Shared.Documents;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;

namespace Serverless.IntegrationTests.Pipeline;

[Collection(PlatformCollection.Name)]
public class IngestionPipelineTests(PlatformFixture platform)
{
    [Fact]
    public async Task DroppedBlob_EndsClassified_WithLabelledParagraphsIndexRowsAndSummary()
    {
        // Arrange
        var id = await platform.DropAsync("2101/TEST/contribution.md", SampleTexts.Contribution(nameof(DroppedBlob_EndsClassified_WithLabelledParagraphsIndexRowsAndSummary)));

        // Act
        var document = await platform.WaitForFinalStatusAsync(id);

        // Assert
        Assert.Equal(nameof(DocumentStatus.Classified), document.Status);
        Assert.Equal(2101, document.Year);
        Assert.Equal("path", document.YearSource);
        Assert.Equal("TEST", document.Entity);
        Assert.Equal(8, document.ParagraphCount);
        Assert.Equal(3, document.WorkItemCount);
        Assert.Equal(3, document.WorkItemsDone);

        var rows = await platform.Paragraphs.ReadAllAsync(id);
        Assert.Equal(Enumerable.Range(0, 8), rows.Select(r => r.Index));
        Assert.All(rows, r => Assert.NotNull(r.ClassifiedAt));
        var broadband = Assert.Single(rows, r => r.Text.StartsWith("Broadband", StringComparison.Ordinal));
        Assert.Equal("C2", ParagraphEntity.SplitList(broadband.ActionLines)[0]);
        Assert.Contains("GA", ParagraphEntity.SplitList(rows.Single(r => r.Number == "2").RequestingBodies));

        // Three work items wrote the document's one index row in turn, none undoing another's.
        var index = await platform.Platform.Services.GetRequiredService<YearIndexStore>().GetAsync(2101, id);
        Assert.NotNull(index);
        Assert.Equal(
            rows.Where(r => r.Kind != "heading" && ParagraphEntity.SplitList(r.ActionLines).Contains("C2")).Select(r => r.Index),
            index.Matching(["C2"], null));

        var summary = await platform.Platform.Services.GetRequiredService<CompileSummaryStep>().CompileAsync(2101);
        // Eight stored paragraphs, of which three headings (the title and two section headings) that never count.
        var counted = rows.Where(r => r.Kind != "heading").ToArray();
        Assert.Equal(1, summary.Totals.Documents);
        Assert.Equal(5, counted.Length);
        Assert.Equal(counted.Length, summary.Totals.Paragraphs);
        Assert.Equal(counted.Count(r => !string.IsNullOrEmpty(r.ActionLines)), summary.Totals.LabelledParagraphs);
    }

    [Fact]
    public async Task SameBytesUnderTwoNames_GiveOneDocument_AndNoDuplicateRows()
    {
        // Arrange
        var text = SampleTexts.Contribution(nameof(SameBytesUnderTwoNames_GiveOneDocument_AndNoDuplicateRows));
        var id = await platform.DropAsync("2102/TEST/first.md", text);
        await platform.WaitForFinalStatusAsync(id);

        // Act
        var secondId = await platform.DropAsync("2102/OTHER/second-copy.md", text);
        var document = await platform.WaitForAsync(id, d => d.GetOtherBlobNames().Contains("2102/OTHER/second-copy.md"), "known under its second name");

        // Assert
        Assert.Equal(id, secondId);
        Assert.Equal("2102/TEST/first.md", document.BlobName);
        var all = await platform.Documents.ListAsync(2102, null);
        Assert.Single(all);
        var rows = await platform.Paragraphs.ReadAllAsync(id);
        Assert.Equal(document.ParagraphCount, rows.Count);
        var index = await IndexRowsAsync(2102);
        Assert.Equal(id, Assert.Single(index).Split('|')[0]);
    }

    [Fact]
    public async Task WorkItemDeliveredTwice_LeavesTheSameRows()
    {
        // Arrange
        var id = await platform.DropAsync("2103/TEST/replayed.md", SampleTexts.Contribution(nameof(WorkItemDeliveredTwice_LeavesTheSameRows)));
        var before = await platform.WaitForFinalStatusAsync(id);
        var paragraphsBefore = await LabelsOfAsync(id);
        var indexBefore = await IndexRowsAsync(2103);

        // Act: the same message again, once through the queue and once straight into the step.
        var message = PipelineMessages.Serialize(new ClassifyWorkItem(id, 1, 3, 3));
        await platform.Storage.Queue(StorageNames.ClassifyQueue).SendMessageAsync(message);
        await platform.Platform.Services.GetRequiredService<ClassifyWorkItemStep>().RunAsync(message);
        await WaitForQueueToDrainAsync(StorageNames.ClassifyQueue);

        // Assert
        var after = await platform.Documents.GetAsync(id);
        Assert.Equal(before.Status, after!.Status);
        Assert.Equal(before.WorkItemsDone, after.WorkItemsDone);
        Assert.Equal(before.ClassifiedAt, after.ClassifiedAt);
        Assert.Equal(paragraphsBefore, await LabelsOfAsync(id));
        Assert.Equal(indexBefore, await IndexRowsAsync(2103));

        // The replay overwrote its item's labels blob: one paragraphs blob and one labels blob per item, no copy.
        var blobs = new List<string>();
        await foreach (var blob in platform.Storage.Container(StorageNames.ParagraphsContainer).GetBlobsAsync(new Azure.Storage.Blobs.Models.GetBlobsOptions { Prefix = $"{id}/" }))
        {
            blobs.Add(blob.Name);
        }

        var expected = Enumerable.Range(0, before.WorkItemCount).Select(i => ParagraphStore.LabelsBlobName(id, i)).Append(ParagraphStore.ParagraphsBlobName(id));
        Assert.Equal(expected.Order(StringComparer.Ordinal), blobs.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task BlobDeliveredTwice_LeavesTheSameRows()
    {
        // Arrange
        const string name = "2104/TEST/replayed-blob.md";
        var id = await platform.DropAsync(name, SampleTexts.Contribution(nameof(BlobDeliveredTwice_LeavesTheSameRows)));
        var before = await platform.WaitForFinalStatusAsync(id);
        var paragraphsBefore = await LabelsOfAsync(id);

        // Act
        var blob = platform.Storage.Container(StorageNames.IncomingContainer).GetBlobClient(name);
        var outcome = await platform.Platform.Services.GetRequiredService<IngestDocumentStep>().RunAsync(blob);
        await WaitForQueueToDrainAsync(StorageNames.ClassifyQueue);

        // Assert
        Assert.Equal(StepOutcome.Done, outcome);
        var after = await platform.Documents.GetAsync(id);
        Assert.Equal(before.WorkItemCount, after!.WorkItemCount);
        Assert.Equal(before.ClassifiedAt, after.ClassifiedAt);
        Assert.Equal(paragraphsBefore, await LabelsOfAsync(id));
    }

    [Fact]
    public async Task BlobDeliveredSeveralTimesAtOnce_EndsClassifiedOnce_WithConsistentProgress()
    {
        // Arrange
        const string name = "2108/TEST/concurrent.md";
        var id = await platform.DropAsync(name, SampleTexts.Contribution(nameof(BlobDeliveredSeveralTimesAtOnce_EndsClassifiedOnce_WithConsistentProgress)));
        var blob = platform.Storage.Container(StorageNames.IncomingContainer).GetBlobClient(name);
        var step = platform.Platform.Services.GetRequiredService<IngestDocumentStep>();

        // Act: three more deliveries racing the trigger's own.
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => step.RunAsync(blob)));
        var document = await platform.WaitForFinalStatusAsync(id);
        await WaitForQueueToDrainAsync(StorageNames.ClassifyQueue);

        // Assert
        var after = await platform.Documents.GetAsync(id);
        Assert.Equal(nameof(DocumentStatus.Classified), after!.Status);
        Assert.Equal(3, after.WorkItemCount);
        Assert.Equal(3, after.WorkItemsDone);
        Assert.Equal(document.ClassifiedAt, after.ClassifiedAt);
        Assert.Equal(after.ParagraphCount, (await platform.Paragraphs.ReadAllAsync(id)).Count);
    }

    [Fact]
    public async Task WorkItemThatAlwaysFails_EndsAsFailedDocument_WithAReason()
    {
        // Arrange: one paragraph makes the classifier throw, every time.
        var text = SampleTexts.Contribution(nameof(WorkItemThatAlwaysFails_EndsAsFailedDocument_WithAReason)) +
                   $"\n\n6. {FaultInjection.ClassifierCrashMarker} in this paragraph.\n";

        // Act
        var id = await platform.DropAsync("2105/TEST/poison.md", text);
        var document = await platform.WaitForAsync(id, d => d.StatusValue == DocumentStatus.Failed, "Failed");

        // Assert
        Assert.Contains("Classification of paragraphs", document.FailureReason);
        Assert.DoesNotContain("Exception", document.FailureReason);
        Assert.True(await platform.Storage.Container(StorageNames.IncomingContainer).GetBlobClient("2105/TEST/poison.md").ExistsAsync());
    }

    [Fact]
    public async Task BlobWhoseIngestAlwaysCrashes_EndsAsFailedDocument_WithAReason()
    {
        // Act
        var id = await platform.DropAsync("2106/TEST/report" + FaultInjection.CrashingExtension, "any content");
        // The engine's scan may miss a blob written in the same second as one it listed; the intake sweep then makes the
        // attempts, 15 s apart once the deliveries quieten, and gives it up the same way.
        var document = await platform.WaitForAsync(id, d => d.StatusValue == DocumentStatus.Failed, "Failed", seconds: 180);

        // Assert
        Assert.Contains("could not be processed after several attempts", document.FailureReason);
    }

    [Fact]
    public async Task EmptyUnsupportedAndOversizedFiles_EndFailedWithClearReasons_WhileOthersComplete()
    {
        // Arrange
        var good = await platform.DropAsync("2107/TEST/good.md", SampleTexts.Contribution(nameof(EmptyUnsupportedAndOversizedFiles_EndFailedWithClearReasons_WhileOthersComplete)));
        var empty = await platform.DropAsync("2107/TEST/empty.txt", []);
        var unsupported = await platform.DropAsync("2107/TEST/slides.pptx", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]);
        var oversized = await platform.DropAsync("2107/TEST/huge.txt", new byte[PlatformFixture.MaxDocumentBytes + 1].Select(_ => (byte)'a').ToArray());

        // Act
        var results = await Task.WhenAll(new[] { good, empty, unsupported, oversized }.Select(platform.WaitForFinalStatusAsync));

        // Assert
        Assert.Equal(nameof(DocumentStatus.Classified), results[0].Status);
        Assert.Equal("The file is empty (0 bytes).", results[1].FailureReason);
        Assert.Contains("is not a supported format", results[2].FailureReason);
        Assert.Contains("the largest accepted is 1 MB", results[3].FailureReason);
        Assert.All(results[1..], r => Assert.Equal(nameof(DocumentStatus.Failed), r.Status));
    }

    private async Task<List<string>> LabelsOfAsync(string id) =>
        (await platform.Paragraphs.ReadAllAsync(id))
            .Select(r => $"{r.RowKey}|{r.Text}|{r.ActionLines}|{r.RequestingBodies}|{r.Addressees}|{r.ActionLineEvidence}")
            .ToList();

    private async Task<List<string>> IndexRowsAsync(int year)
    {
        var rows = new List<string>();
        await foreach (var row in platform.Platform.Services.GetRequiredService<YearIndexStore>().ReadFromAsync(year, null))
        {
            rows.Add($"{row.DocumentId}|{row.Entity}|{YearIndexRow.Encode(row.ActionLines)}|{YearIndexRow.Encode(row.RequestingBodies)}");
        }

        return rows;
    }

    private async Task WaitForQueueToDrainAsync(string queue)
    {
        var client = platform.Storage.Queue(queue);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var properties = await client.GetPropertiesAsync();
            if (properties.Value.ApproximateMessagesCount == 0)
            {
                // A dequeued message is invisible, not gone: give the running function time to finish.
                await Task.Delay(1500);
                if ((await client.GetPropertiesAsync()).Value.ApproximateMessagesCount == 0)
                {
                    return;
                }
            }

            await Task.Delay(200);
        }
    }
}
