using BenchmarkDotNet.Attributes;
using Serverless.Shared.Classification;
using Serverless.Shared.Classification.Model;
using Serverless.Shared.Segmentation;

namespace Serverless.ClassifierBenchmarks;

/// <summary>
/// Classification throughput on one thread. <see cref="ClassifyBatch"/> classifies <see cref="Paragraphs"/>
/// paragraphs per invocation: its time divided by the count is the cost of one paragraph, and its allocated
/// bytes divided by the count shows that memory per paragraph stays flat as the count grows.
/// </summary>
[MemoryDiagnoser]
public class ClassifierBenchmarks
{
    private TaxonomyClassifier _classifier = null!;
    private ClassificationRequest[] _requests = [];

    [Params(1_000, 10_000)]
    public int Paragraphs { get; set; }

    /// <summary>How long loading the taxonomy and the model and building the classifier took.</summary>
    public TimeSpan LoadTime { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        // As production composes it (AddClassification): the taxonomy and, when one ships, the trained model.
        var load = System.Diagnostics.Stopwatch.StartNew();
        _classifier = new TaxonomyClassifier(Taxonomy.LoadEmbedded(), new ClassifierOptions(), ActionLineModelFile.LoadEmbedded());
        LoadTime = load.Elapsed;
        var texts = BenchmarkParagraphs.Texts;
        _requests = Enumerable.Range(0, Paragraphs)
            .Select(i => new ClassificationRequest(
                texts[i % texts.Length],
                Section: i % 5 == 0 ? "b) Infrastructure de l'information et des communications (C2)" : null,
                Kind: i % 3 == 0 ? null : ParagraphKind.Paragraph,
                DocumentBody: "ECOSOC"))
            .ToArray();
    }

    [Benchmark]
    public int ClassifyBatch()
    {
        var labelled = 0;
        foreach (var request in _requests)
        {
            labelled += _classifier.Classify(request).ActionLines.Count;
        }

        return labelled;
    }
}
