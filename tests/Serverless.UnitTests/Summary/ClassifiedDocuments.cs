using Microsoft.Extensions.DependencyInjection;
using Serverless.Shared.Classification;
using Serverless.Shared.Reading;
using Serverless.Shared.Documents;
using Serverless.Shared.Entities;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Segmentation;
using Serverless.Shared.Storage;
using Serverless.Shared.Summary;
using Serverless.Shared.Summary.Report;
using Serverless.Shared.Summary.Synthesis;

namespace Serverless.UnitTests.Summary;

/// <summary>
/// Real files taken through the pipeline's own parts without storage: parsed, attributed to their entity, fingerprinted,
/// classified and mapped to the compiler's input exactly as the ingest, classify and compile steps do.
/// </summary>
public static class ClassifiedDocuments
{
    private static readonly ServiceProvider Services = new ServiceCollection()
        .AddDocumentParsing()
        .AddClassification()
        .AddSummaryCompilation()
        .AddSingleton<DocumentAttribution>()
        .BuildServiceProvider();

    public static SummaryCompiler Compiler => Services.GetRequiredService<SummaryCompiler>();

    public static DraftReportBuilder Builder => Services.GetRequiredService<DraftReportBuilder>();

    public static EntityCatalog Entities => Services.GetRequiredService<EntityCatalog>();

    public static string SamplesFolder => Path.Combine(CorpusFiles.RepositoryRoot, "samples");

    /// <summary>Every sample, in name order; later renditions of a text point at the first one, as ingest links them.</summary>
    public static IReadOnlyList<(SummaryDocument Document, DocumentEntity Record)> Samples() =>
        Read(Directory.GetFiles(SamplesFolder).Order(StringComparer.Ordinal));

    /// <summary>The corpus documents and the samples together, as the demo uploads them.</summary>
    public static IReadOnlyList<(SummaryDocument Document, DocumentEntity Record)> CorpusAndSamples() =>
        Read(Directory.GetFiles(CorpusFiles.Folder!).Order(StringComparer.Ordinal).Concat(Directory.GetFiles(SamplesFolder).Order(StringComparer.Ordinal)));

    /// <summary>One text taken through as a file of that name (its extension chooses the reader): the document's record.</summary>
    public static DocumentEntity RecordOfText(string fileName, string text)
    {
        var folder = Directory.CreateTempSubdirectory("wsis-text-").FullName;
        try
        {
            var path = Path.Combine(folder, fileName);
            File.WriteAllText(path, text);
            return Read([path]).Single().Record;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public static IReadOnlyList<(SummaryDocument Document, DocumentEntity Record)> Read(IEnumerable<string> paths)
    {
        var parser = Services.GetRequiredService<DocumentParser>();
        var classifier = Services.GetRequiredService<IParagraphClassifier>();
        var attribution = Services.GetRequiredService<DocumentAttribution>();
        var firstByFingerprint = new Dictionary<string, string>();
        var result = new List<(SummaryDocument, DocumentEntity)>();
        foreach (var path in paths)
        {
            var bytes = File.ReadAllBytes(path);
            var parsed = parser.Parse(new DocumentSource(Path.GetFileName(path), null, bytes));
            var id = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
            var record = new DocumentEntity { PartitionKey = id, FileName = Path.GetFileName(path), BlobName = Path.GetFileName(path), ReceivedAt = DateTimeOffset.UnixEpoch };
            attribution.Apply(record, parsed, new Dictionary<string, string>());
            record.Language = parsed.Profile.Language;
            record.Kind = parsed.Profile.Kind;
            record.Symbol = parsed.Profile.Symbol;
            record.IssuingBody = parsed.Profile.IssuingBody;
            record.Fingerprint = TextFingerprint.Of(parsed.Paragraphs.Select(p => (p.Kind.ToName(), p.Text)));
            record.RenditionOf = firstByFingerprint.TryGetValue(record.Fingerprint, out var first) ? first : null;
            firstByFingerprint.TryAdd(record.Fingerprint, id);
            var rows = parsed.Paragraphs
                .Select(p => ParagraphMapping.ToEntity(id, p))
                .Select(row => ParagraphMapping.WithLabels(row, classifier.Classify(ParagraphMapping.ToRequest(row, record)), DateTimeOffset.UnixEpoch))
                .Select(CompileSummaryStep.ToSummaryParagraph)
                .ToArray();
            result.Add((new SummaryDocument(id, record.FileName, record.Entity, record.Language, record.Symbol, rows, null, record.Kind, record.RenditionOf), record));
        }

        return result;
    }
}
