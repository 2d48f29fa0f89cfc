using System.Text.Json;
using Serverless.Evaluation;

namespace Serverless.Training;

/// <summary>
/// The labelled paragraphs the model may learn from: the <b>tuning part</b> of the sets in <c>tests/eval/</c> (never
/// the held-out part) and the sets written for training in <c>tests/eval/written/</c>, with the development files of
/// <c>tests/eval/written/development/</c> marked apart (they choose the action-line model's settings when held back);
/// never the blind sets. Each item also carries the document it comes from, so that cross-validation can leave a
/// whole document out and measure what the model does on text it never saw.
/// </summary>
internal sealed record TrainingSet(IReadOnlyList<TrainingItem> Items, IReadOnlyList<string> Skipped)
{
    /// <param name="evaluationFiles">Sets split by <see cref="EvaluationSplit"/>: only their tuning part is read.</param>
    /// <param name="trainingFiles">Sets written for training only (<c>tests/eval/written/</c>): read whole.</param>
    /// <param name="developmentFiles">Sets written the same way, on which the action-line model's settings are chosen (<c>tests/eval/written/development/</c>).</param>
    public static TrainingSet Load(IEnumerable<string> evaluationFiles, IEnumerable<string> trainingFiles, CorpusParagraphResolver? corpus, IEnumerable<string>? developmentFiles = null)
    {
        var items = new List<TrainingItem>();
        var skipped = new List<string>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in evaluationFiles)
        {
            items.AddRange(Read(file, corpus, skipped, seen, set => EvaluationSplit.Select(set.Items, EvaluationSplit.Tuning), written: false));
        }

        foreach (var file in trainingFiles)
        {
            items.AddRange(Read(file, corpus, skipped, seen, set => set.Items, written: true));
        }

        foreach (var file in developmentFiles ?? [])
        {
            items.AddRange(Read(file, corpus, skipped, seen, set => set.Items, written: true).Select(i => i with { Development = true }));
        }

        return new TrainingSet(items, skipped);
    }

    /// <summary>
    /// The held-out part of the evaluation files: never trained on, read only to decide whether the trained model
    /// ships (see <c>Program.cs</c>).
    /// </summary>
    public static IReadOnlyList<LabelledParagraph> HeldOut(IEnumerable<string> evaluationFiles, CorpusParagraphResolver? corpus) =>
        evaluationFiles.SelectMany(f => EvaluationSplit.Select(LabelledSetReader.ReadFile(f, corpus).Items, EvaluationSplit.HeldOut)).ToArray();

    private static IEnumerable<TrainingItem> Read(
        string file, CorpusParagraphResolver? corpus, List<string> skipped, Dictionary<string, string> seen, Func<LabelledSet, IEnumerable<LabelledParagraph>> part, bool written)
    {
        // The reader first: it refuses a line that is no item of the format, in words, before the ids are looked up.
        var set = LabelledSetReader.ReadFile(file, corpus, seen);
        var documents = DocumentsOf(file);
        skipped.AddRange(set.Skipped);
        return part(set).Select(item => new TrainingItem(item, documents.GetValueOrDefault(item.Id) ?? Path.GetFileName(file), written)).ToArray();
    }

    /// <summary>As the labelled-set reader reads an item's line: comments and trailing commas allowed.</summary>
    private static readonly JsonDocumentOptions ItemLine = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Item id → the corpus file it points into; items written for the set belong to their set file.</summary>
    private static Dictionary<string, string> DocumentsOf(string file)
    {
        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(file).Where(l => l.TrimStart().StartsWith('{')))
        {
            using var json = JsonDocument.Parse(line, ItemLine);
            if (json.RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String &&
                json.RootElement.TryGetProperty("source", out var source) && source.ValueKind == JsonValueKind.Object &&
                source.TryGetProperty("file", out var document) && document.ValueKind == JsonValueKind.String)
            {
                documents[id.GetString()!] = document.GetString()!;
            }
        }

        return documents;
    }
}

/// <summary>
/// A labelled paragraph, the document it belongs to, whether it was written for training (<c>tests/eval/written/</c>)
/// rather than taken from the evaluation set (the corpus and the hand-labelled sets), and whether it is one of the
/// written development paragraphs, which choose the action-line model's settings (and train it only once chosen).
/// </summary>
internal sealed record TrainingItem(LabelledParagraph Paragraph, string Document, bool Written = false, bool Development = false);
