using System.Text;
using Serverless.Shared.Documents;
using Serverless.Shared.Storage;

namespace Serverless.IntegrationTests.Storage;

/// <summary>The conditional update on the real Azurite: a conflict runs the decision again on the fresh row.</summary>
[Collection(PlatformCollection.Name)]
public sealed class DocumentStoreTests(PlatformFixture platform)
{
    [Fact]
    public async Task UpdateReturnsTheDecisionOfTheWrittenRun_When_AConcurrentWriteMakesItDecideAgain()
    {
        // Arrange: a row with one of two work items done.
        var id = DocumentId.FromContent(Encoding.UTF8.GetBytes(Guid.NewGuid().ToString()));
        Assert.True(await platform.Documents.TryAddAsync(new DocumentEntity
        {
            PartitionKey = id, BlobName = $"2165/TEST/{id}.md", FileName = "t.md", StatusValue = DocumentStatus.Classifying,
            WorkItemCount = 2, WorkItemsDone = 0, ReceivedAt = DateTimeOffset.UtcNow,
        }));
        var runs = 0;

        // Act: on its first run the decision sees 0 of 2 done, and another writer records the other item meanwhile,
        // so the write conflicts and the decision runs again on a row with 1 of 2 done.
        var decided = await platform.Documents.UpdateAsync<int>(id, d =>
        {
            if (Interlocked.Increment(ref runs) == 1)
            {
                platform.Documents.UpdateAsync(id, other => { other.WorkItemsDone = 1; return true; }).GetAwaiter().GetResult();
            }

            d.WorkItemsDone++;
            return d.WorkItemsDone;
        });

        // Assert: the first run's decision (1 done) was never written; the second's (2 done) is what the call returns.
        Assert.Equal(2, runs);
        Assert.Equal(2, decided);
        Assert.Equal(2, (await platform.Documents.GetAsync(id))!.WorkItemsDone);
    }

    [Fact]
    public async Task UpdateReturnsNullAndWritesNothing_When_TheDecisionLeavesTheRow()
    {
        var id = DocumentId.FromContent(Encoding.UTF8.GetBytes(Guid.NewGuid().ToString()));
        Assert.True(await platform.Documents.TryAddAsync(new DocumentEntity
        {
            PartitionKey = id, BlobName = $"2165/TEST/{id}.md", FileName = "t.md", ReceivedAt = DateTimeOffset.UtcNow,
        }));
        var before = await platform.Documents.GetAsync(id);

        var decided = await platform.Documents.UpdateAsync<int>(id, _ => null);

        Assert.Null(decided);
        Assert.Equal(before!.ETag, (await platform.Documents.GetAsync(id))!.ETag);
    }
}
