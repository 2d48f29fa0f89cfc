using Microsoft.Extensions.Options;

namespace Serverless.Shared.Pipeline;

/// <summary>Splits a document's stored paragraphs into work items (claim-check pointers); <see cref="PipelineQueue"/> sends them.</summary>
public sealed class ClassificationWorkQueue(IOptions<PipelineOptions> options)
{
    public IReadOnlyList<ClassifyWorkItem> Plan(string documentId, int paragraphCount)
    {
        var perItem = options.Value.ParagraphsPerWorkItem;
        return Enumerable.Range(0, (paragraphCount + perItem - 1) / perItem)
            .Select(i => new ClassifyWorkItem(documentId, i, i * perItem, Math.Min(perItem, paragraphCount - (i * perItem))))
            .ToArray();
    }

    /// <summary>
    /// Whether <paramref name="item"/> is one of the items a document of <paramref name="paragraphCount"/> paragraphs was
    /// split into (<paramref name="workItemCount"/> of them). A message that is not one (put in the queue by hand, or left
    /// from a plan since replaced) would otherwise write its labels over another item's, or count as an item done that
    /// never was, turning the document <c>Classified</c> with paragraphs unlabelled.
    /// </summary>
    public bool Holds(ClassifyWorkItem item, int paragraphCount, int workItemCount)
    {
        var items = Math.Max(1, workItemCount);
        if (item.Item < 0 || item.Item >= items || item.First < 0 || item.Count < 1 || (long)item.First + item.Count > paragraphCount)
        {
            return false;
        }

        // Planned with another number of paragraphs per item (the setting changed since): the bounds are all there is to check.
        var perItem = options.Value.ParagraphsPerWorkItem;
        if ((paragraphCount + perItem - 1) / perItem != items)
        {
            return true;
        }

        var first = (long)item.Item * perItem;
        return item.First == first && item.Count == Math.Min(perItem, paragraphCount - first);
    }
}
