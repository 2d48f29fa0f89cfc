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
}
