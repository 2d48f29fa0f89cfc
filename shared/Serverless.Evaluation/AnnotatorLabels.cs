using Serverless.Shared.Classification;
using Serverless.Shared.Segmentation;

namespace Serverless.Evaluation;

/// <summary>
/// The labels a second person gave some items of a labelled set, read from JSON Lines
/// (<c>{"id","actionLines":[...],"requestingBodies":[...]}</c>), to measure how far two people agree: the ceiling
/// a classifier can be expected to reach on the same labels.
/// </summary>
public sealed class AnnotatorLabels
{
    private readonly Dictionary<string, RawLabels> _byId;

    private AnnotatorLabels(Dictionary<string, RawLabels> byId) => _byId = byId;

    public int Count => _byId.Count;

    public static AnnotatorLabels ReadFile(string path) => ReadFiles([path]);

    /// <summary>The labels of several files (samples labelled at different times); an id may appear in one only.</summary>
    public static AnnotatorLabels ReadFiles(IEnumerable<string> paths)
    {
        var byId = new Dictionary<string, RawLabels>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            Add(byId, File.ReadLines(path), Path.GetFileName(path));
        }

        return new AnnotatorLabels(byId);
    }

    public static AnnotatorLabels Read(IEnumerable<string> lines, string name = "input")
    {
        var byId = new Dictionary<string, RawLabels>(StringComparer.Ordinal);
        Add(byId, lines, name);
        return new AnnotatorLabels(byId);
    }

    private static void Add(Dictionary<string, RawLabels> byId, IEnumerable<string> lines, string name)
    {
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var labels = LabelledSetReader.Parse<RawLabels>(line, name, number);
            if (labels is not { Id.Length: > 0, ActionLines: not null, RequestingBodies: not null })
            {
                throw new InvalidDataException($"{name}:{number}: an item needs \"id\", \"actionLines\" and \"requestingBodies\".");
            }

            LabelledSetReader.RefuseNulls(labels.ActionLines, "actionLines", name, number);
            LabelledSetReader.RefuseNulls(labels.RequestingBodies, "requestingBodies", name, number);

            if (!byId.TryAdd(labels.Id, labels))
            {
                throw new InvalidDataException($"{name}:{number}: item {labels.Id} is labelled twice.");
            }
        }
    }

    public bool Covers(string id) => _byId.ContainsKey(id);

    /// <summary>The second person's labels for <paramref name="item"/>, in the classifier's shape so both are scored alike.</summary>
    public ParagraphLabels LabelsOf(LabelledParagraph item)
    {
        var labels = _byId[item.Id];
        return new ParagraphLabels(
            labels.ActionLines.Select(code => new ActionLineLabel(code, 1, ["second annotator"])).ToArray(),
            labels.RequestingBodies,
            [],
            item.Kind ?? ParagraphKind.Paragraph);
    }

    private sealed record RawLabels(string Id, string[] ActionLines, string[] RequestingBodies);
}
