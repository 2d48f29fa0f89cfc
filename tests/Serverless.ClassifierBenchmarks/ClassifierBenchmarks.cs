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

    /// <summary>
    /// Whether the paragraphs come as a bare <c>./wsis classify</c> call sends them, text alone: the body guess then
    /// reads every one (given the issuing body, it reads none).
    /// </summary>
    [Params(false, true)]
    public bool TextAlone { get; set; }

    /// <summary>Whether the classifier has the trained body guess, as production composes it.</summary>
    public bool BodyGuess { get; set; } = true;

    /// <summary>How long loading the taxonomy and the model and building the classifier took.</summary>
    public TimeSpan LoadTime { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        // As production composes it (AddClassification): the taxonomy and, when they ship, the trained models.
        var load = System.Diagnostics.Stopwatch.StartNew();
        _classifier = new TaxonomyClassifier(
            Taxonomy.LoadEmbedded(), new ClassifierOptions(), ActionLineModelFile.LoadEmbedded(), bodyGuess: BodyGuess ? BodyGuessModelFile.LoadEmbedded() : null);
        LoadTime = load.Elapsed;
        var texts = BenchmarkParagraphs.Texts;
        _requests = Enumerable.Range(0, Paragraphs)
            .Select(i => TextAlone
                ? new ClassificationRequest(texts[i % texts.Length])
                : new ClassificationRequest(
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
