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
        // A few sends at a time: a long document's hundreds of items would otherwise hold its ingest for as many round trips.
        var queue = storage.Queue(StorageNames.ClassifyQueue);
        await Parallel.ForEachAsync(
            items,
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (item, ct) => await queue.SendMessageAsync(PipelineMessages.Serialize(item), ct));
    }
}
