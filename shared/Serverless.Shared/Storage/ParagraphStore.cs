using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace Serverless.Shared.Storage;

/// <summary>
/// A document's paragraphs as one blob written once at ingest (<c>{id}/paragraphs.json</c>), the classifier's labels as
/// one blob per work item of a classification (<c>{id}/labels-{item}.json</c>; one for a document of one item), and
/// reviewers' corrections as rows of their own (<see cref="StorageNames.CorrectionsTable"/>), merged when read. Blob names
/// are deterministic, so a replayed step overwrites the same blob and never leaves a second copy; a re-classification
/// overwrites the labels and leaves the corrections alone.
/// </summary>
public sealed class ParagraphStore(StorageClients storage)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private BlobContainerClient Container => storage.Container(StorageNames.ParagraphsContainer);
    private TableClient Corrections => storage.Table(StorageNames.CorrectionsTable);

    public static string ParagraphsBlobName(string documentId) => $"{documentId}/paragraphs.json";

    public static string LabelsBlobName(string documentId, int item) => $"{documentId}/labels-{item}.json";

    /// <summary>
    /// Writes each document's paragraphs blob from the rows given (their text columns); rows that carry the classifier's
    /// labels also write the labels blob of a one-item classification. The same input always gives the same blobs.
    /// </summary>
    public async Task WriteAsync(IEnumerable<ParagraphEntity> paragraphs, CancellationToken cancellationToken = default)
    {
        foreach (var document in paragraphs.GroupBy(p => p.PartitionKey))
        {
            var rows = document.OrderBy(p => p.Index).ToArray();
            await UploadAsync(ParagraphsBlobName(document.Key), rows.Select(StoredParagraph.Of).ToArray(), cancellationToken);
            if (rows.Any(r => r.ClassifiedAt is not null))
            {
                await WriteLabelsAsync(document.Key, 0, 1, rows, cancellationToken);
            }
        }
    }

    /// <summary>Writes the classifier's labels of one work item's paragraphs (<paramref name="items"/>: the classification's items).</summary>
    public Task WriteLabelsAsync(string documentId, int item, int items, IEnumerable<ParagraphEntity> labelled, CancellationToken cancellationToken = default) =>
        UploadAsync(LabelsBlobName(documentId, item), new StoredLabels(item, items, labelled.Select(StoredLabel.Of).ToArray()), cancellationToken);

    /// <summary>Records (or, with null, removes) a reviewer's correction of one paragraph; the last one written stands.</summary>
    public async Task WriteCorrectionAsync(string documentId, int index, ParagraphEntity? reviewed, CancellationToken cancellationToken = default)
    {
        var rowKey = ParagraphEntity.RowKeyFor(index);
        if (reviewed is null)
        {
            try
            {
                await Corrections.DeleteEntityAsync(documentId, rowKey, ETag.All, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                // No correction to withdraw: withdrawing twice is harmless.
            }

            return;
        }

        await Corrections.UpsertEntityAsync(
            new TableEntity(documentId, rowKey)
            {
                [nameof(ParagraphEntity.ReviewedActionLines)] = reviewed.ReviewedActionLines,
                [nameof(ParagraphEntity.ReviewedRequestingBodies)] = reviewed.ReviewedRequestingBodies,
                [nameof(ParagraphEntity.ReviewedBy)] = reviewed.ReviewedBy,
                [nameof(ParagraphEntity.ReviewedAt)] = reviewed.ReviewedAt,
                [nameof(ParagraphEntity.ReviewNote)] = reviewed.ReviewNote,
            },
            TableUpdateMode.Replace,
            cancellationToken);
    }

    /// <summary>
    /// The paragraphs a work item classifies, with the reviewers' corrections (read only when the document has any:
    /// <paramref name="withCorrections"/>), without the labels of an earlier classification.
    /// </summary>
    public async Task<IReadOnlyList<ParagraphEntity>> ReadRangeAsync(
        string documentId, int first, int count, bool withCorrections = true, CancellationToken cancellationToken = default)
    {
        var paragraphs = await ReadParagraphsAsync(documentId, cancellationToken);
        var range = paragraphs.Where(p => p.Index >= first && p.Index < first + count).ToArray();
        if (withCorrections)
        {
            await MergeCorrectionsAsync(documentId, range, cancellationToken);
        }

        return range;
    }

    /// <summary>A document's paragraphs in order with their labels and corrections; empty when it has none stored.</summary>
    /// <param name="withCorrections">False skips the corrections' read, for a document known to have none.</param>
    public async Task<IReadOnlyList<ParagraphEntity>> ReadAllAsync(string documentId, bool withCorrections = true, CancellationToken cancellationToken = default)
    {
        var paragraphsTask = ReadParagraphsAsync(documentId, cancellationToken);
        var labelsTask = ReadLabelsAsync(documentId, cancellationToken);
        var paragraphs = await paragraphsTask;
        var labels = await labelsTask;
        foreach (var paragraph in paragraphs)
        {
            if (labels.TryGetValue(paragraph.Index, out var label))
            {
                label.ApplyTo(paragraph);
            }
        }

        if (withCorrections && paragraphs.Count > 0)
        {
            await MergeCorrectionsAsync(documentId, paragraphs, cancellationToken);
        }

        return paragraphs;
    }

    public Task<IReadOnlyList<ParagraphEntity>> ReadAllAsync(string documentId, CancellationToken cancellationToken) =>
        ReadAllAsync(documentId, true, cancellationToken);

    public async Task<ParagraphEntity?> GetAsync(string documentId, int index, CancellationToken cancellationToken = default) =>
        (await ReadAllAsync(documentId, true, cancellationToken)).FirstOrDefault(p => p.Index == index);

    /// <summary>A document's paragraphs in order, after the one at <paramref name="afterIndex"/> (from the first when null).</summary>
    public async IAsyncEnumerable<ParagraphEntity> ReadAfterAsync(
        string documentId, int? afterIndex, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var paragraph in await ReadAllAsync(documentId, true, cancellationToken))
        {
            if (afterIndex is null || paragraph.Index > afterIndex)
            {
                yield return paragraph;
            }
        }
    }

    private async Task<List<ParagraphEntity>> ReadParagraphsAsync(string documentId, CancellationToken cancellationToken)
    {
        var stored = await DownloadAsync<StoredParagraph[]>(ParagraphsBlobName(documentId), cancellationToken) ?? [];
        return stored.Select(p => p.ToEntity(documentId)).ToList();
    }

    /// <summary>
    /// The labels of the latest classification: its first item's blob says how many items it had, and the others are read
    /// too. While a re-classification is under way, a paragraph's most recent labels win.
    /// </summary>
    private async Task<Dictionary<int, StoredLabel>> ReadLabelsAsync(string documentId, CancellationToken cancellationToken)
    {
        var labels = new Dictionary<int, StoredLabel>();
        var first = await DownloadAsync<StoredLabels>(LabelsBlobName(documentId, 0), cancellationToken);
        if (first is null)
        {
            return labels;
        }

        var rest = await Task.WhenAll(Enumerable.Range(1, Math.Max(0, first.Items - 1))
            .Select(item => DownloadAsync<StoredLabels>(LabelsBlobName(documentId, item), cancellationToken)));
        foreach (var label in rest.Prepend(first).OfType<StoredLabels>().SelectMany(l => l.Paragraphs))
        {
            if (!labels.TryGetValue(label.Index, out var known) || (label.ClassifiedAt ?? default) > (known.ClassifiedAt ?? default))
            {
                labels[label.Index] = label;
            }
        }

        return labels;
    }

    private async Task MergeCorrectionsAsync(string documentId, IReadOnlyList<ParagraphEntity> paragraphs, CancellationToken cancellationToken)
    {
        var byIndex = paragraphs.ToDictionary(p => p.RowKey, StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {documentId}");
        await foreach (var row in Corrections.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            if (byIndex.TryGetValue(row.RowKey, out var paragraph))
            {
                paragraph.ReviewedActionLines = row.GetString(nameof(ParagraphEntity.ReviewedActionLines));
                paragraph.ReviewedRequestingBodies = row.GetString(nameof(ParagraphEntity.ReviewedRequestingBodies));
                paragraph.ReviewedBy = row.GetString(nameof(ParagraphEntity.ReviewedBy));
                paragraph.ReviewedAt = row.GetDateTimeOffset(nameof(ParagraphEntity.ReviewedAt));
                paragraph.ReviewNote = row.GetString(nameof(ParagraphEntity.ReviewNote));
            }
        }
    }

    private Task UploadAsync<T>(string name, T content, CancellationToken cancellationToken) =>
        Container.GetBlobClient(name).UploadAsync(BinaryData.FromObjectAsJson(content, Json), overwrite: true, cancellationToken);

    private async Task<T?> DownloadAsync<T>(string name, CancellationToken cancellationToken) where T : class
    {
        try
        {
            var content = await Container.GetBlobClient(name).DownloadContentAsync(cancellationToken);
            return content.Value.Content.ToObjectFromJson<T>(Json);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }
}
