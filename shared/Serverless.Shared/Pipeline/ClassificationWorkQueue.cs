using Microsoft.Extensions.Options;
using Serverless.Shared.Storage;

namespace Serverless.Shared.Pipeline;

/// <summary>Splits a document's stored paragraphs into work items and queues them (claim-check pointers).</summary>
public sealed class ClassificationWorkQueue(StorageClients storage, IOptions<PipelineOptions> options)
{
    public IReadOnlyList<ClassifyWorkItem> Plan(string documentId, int paragraphCount)
    {
        var perItem = options.Value.ParagraphsPerWorkItem;
        return Enumerable.Range(0, (paragraphCount + perItem - 1) / perItem)
            .Select(i => new ClassifyWorkItem(documentId, i, i * perItem, Math.Min(perItem, paragraphCount - (i * perItem))))
            .ToArray();
    }

    public async Task EnqueueAsync(IEnumerable<ClassifyWorkItem> items, CancellationToken cancellationToken = default)
    {
        var queue = storage.Queue(StorageNames.ClassifyQueue);
        foreach (var item in items)
        {
            await queue.SendMessageAsync(PipelineMessages.Serialize(item), cancellationToken);
        }
    }
}
