using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Serverless.IntegrationTests.Pipeline;
using Serverless.Shared.Documents;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;

namespace Serverless.IntegrationTests.Hostile;

/// <summary>
/// Messages written straight into the classification queue, as a tool with the storage account's key could: each ends
/// at once (a message that can never succeed is not delivered again), and none changes a document's rows unless it is
/// one of the items the document was split into. Steps run against the fixture's real Azurite.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class HostileQueueMessageTests(PlatformFixture platform)
{
    [Fact]
    public async Task EndsAtOnce_AndChangesNothing_When_AMessageIsNoWorkItemOfItsDocument()
    {
        // Arrange: six paragraphs in two items of three (the fixture's setting), nothing queued, so only this test runs them.
        var id = await ClassifyingDocumentAsync(paragraphs: 6, items: 2);
        var step = platform.Platform.Services.GetRequiredService<ClassifyWorkItemStep>();
        var missing = DocumentId.FromContent(Encoding.UTF8.GetBytes(Guid.NewGuid().ToString()));
        string[] hostile =
        [
            "not json at all",
            "",
            "[]",
            "{}",
            "{\"documentId\": 42}",
            "{\"documentId\": \"" + new string('a', 1_000_000) + "\"}",
            PipelineMessages.Serialize(new ClassifyWorkItem(missing, 0, 0, 3)),
            PipelineMessages.Serialize(new ClassifyWorkItem(id, 5, 0, 3)), // an item the document does not have
            PipelineMessages.Serialize(new ClassifyWorkItem(id, -1, 0, 3)),
            PipelineMessages.Serialize(new ClassifyWorkItem(id, 1, 0, 0)), // no paragraphs
            PipelineMessages.Serialize(new ClassifyWorkItem(id, 1, 0, 3)), // the first item's paragraphs under the second's number
            PipelineMessages.Serialize(new ClassifyWorkItem(id, 1, 3, int.MaxValue)), // past the end, and overflowing
            PipelineMessages.Serialize(new ClassifyWorkItem(id, 1, -3, 3)),
        ];

        // Act: every hostile message, also as the poison handler gets it, then the document's first real item only.
        var outcomes = await Task.WhenAll(hostile.Select(m => step.RunAsync(m)));
        var poison = platform.Platform.Services.GetRequiredService<PoisonMessageStep>();
        var poisonOutcomes = await Task.WhenAll(hostile.Select(m => poison.OnClassifyPoisonAsync(m)));
        Assert.Equal(StepOutcome.Done, await step.RunAsync(PipelineMessages.Serialize(new ClassifyWorkItem(id, 0, 0, 3))));

        // Assert: nothing asked to be delivered again, and one item of two is done. Before, the item numbered 5 (or the
        // second item's number on the first item's paragraphs) counted as the second item: the document turned Classified
        // with paragraphs 4 to 6 never labelled; the empty one wrote an empty labels blob for the second item; the one
        // past the end took the document back to Received and read it again.
        // A poison message naming no item of the document failed it as "Classification of paragraphs 4-2147483649 failed".
        Assert.DoesNotContain(StepOutcome.Retry, outcomes);
        Assert.All(poisonOutcomes, o => Assert.Equal(StepOutcome.Failed, o));
        var document = await platform.Documents.GetAsync(id);
        Assert.Equal(nameof(DocumentStatus.Classifying), document!.Status);
        Assert.Equal(1, document.WorkItemsDone);

        // The real second item then finishes it, every paragraph labelled.
        Assert.Equal(StepOutcome.Done, await step.RunAsync(PipelineMessages.Serialize(new ClassifyWorkItem(id, 1, 3, 3))));
        Assert.Equal(nameof(DocumentStatus.Classified), (await platform.Documents.GetAsync(id))!.Status);
        Assert.All(await platform.Paragraphs.ReadAllAsync(id), p => Assert.NotNull(p.ClassifiedAt));
    }

    private Task<string> ClassifyingDocumentAsync(int paragraphs, int items) =>
        platform.AddClassifyingDocumentAsync(nameof(HostileQueueMessageTests), year: 2168, paragraphs, items);
}
