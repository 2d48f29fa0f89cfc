using System.Text;
using Serverless.Shared.Documents;
using Serverless.Shared.Storage;

namespace Serverless.IntegrationTests.Pipeline;

/// <summary>Documents set up as the intake leaves them, for tests that drive the classification step themselves.</summary>
internal static class ClassifyingDocuments
{
    /// <summary>
    /// A document past intake: paragraphs stored, status Classifying, no work item queued or done. Each test class
    /// gives its own <paramref name="year"/>, so the summaries other tests compile never count these documents.
    /// </summary>
    public static async Task<string> AddClassifyingDocumentAsync(this PlatformFixture platform, string test, int year, int paragraphs, int items)
    {
        var id = DocumentId.FromContent(Encoding.UTF8.GetBytes($"{test} {Guid.NewGuid()}"));
        Assert.True(await platform.Documents.TryAddAsync(new DocumentEntity
        {
            PartitionKey = id,
            BlobName = $"{year}/TEST/{id}.md",
            FileName = $"{id}.md",
            StatusValue = DocumentStatus.Classifying,
            Year = year,
            Language = "en",
            ParagraphCount = paragraphs,
            WorkItemCount = items,
            ReceivedAt = DateTimeOffset.UtcNow,
        }));
        await platform.Paragraphs.WriteAsync(Enumerable.Range(0, paragraphs).Select(i => new ParagraphEntity
        {
            PartitionKey = id,
            RowKey = ParagraphEntity.RowKeyFor(i),
            Index = i,
            Text = $"Broadband connectivity reached {i + 1} more rural districts as part of infrastructure work.",
            Kind = "paragraph",
        }));
        return id;
    }
}
