using System.Text.Json;
using Serverless.Shared.Classification.Evaluation;

namespace Serverless.Training;

/// <summary>
/// The labelled paragraphs the model may learn from: the <b>tuning part</b> of the sets in <c>tests/eval/</c>, never
/// the held-out part. Each item also carries the document it comes from, so that cross-validation can leave a
/// whole document out and measure what the model does on text it never saw.
/// </summary>
internal sealed record TrainingSet(IReadOnlyList<TrainingItem> Items, IReadOnlyList<string> Skipped)
{
    public static TrainingSet Load(IEnumerable<string> files, CorpusParagraphResolver? corpus)
    {
        var items = new List<TrainingItem>();
        var skipped = new List<string>();
        foreach (var file in files)
        {
            var documents = DocumentsOf(file);
            var set = LabelledSetReader.ReadFile(file, corpus);
            skipped.AddRange(set.Skipped);
            items.AddRange(EvaluationSplit.Select(set.Items, EvaluationSplit.Tuning)
                .Select(item => new TrainingItem(item, documents.GetValueOrDefault(item.Id) ?? Path.GetFileName(file))));
        }

        return new TrainingSet(items, skipped);
    }

    /// <summary>Item id → the corpus file it points into; items written for the set belong to their set file.</summary>
    private static Dictionary<string, string> DocumentsOf(string file)
    {
        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(file).Where(l => l.TrimStart().StartsWith('{')))
        {
            using var json = JsonDocument.Parse(line);
            if (json.RootElement.TryGetProperty("id", out var id) &&
                json.RootElement.TryGetProperty("source", out var source) &&
                source.TryGetProperty("file", out var document))
            {
                documents[id.GetString()!] = document.GetString()!;
            }
        }

        return documents;
    }
}

/// <summary>A labelled paragraph and the document it belongs to.</summary>
internal sealed record TrainingItem(LabelledParagraph Paragraph, string Document);
