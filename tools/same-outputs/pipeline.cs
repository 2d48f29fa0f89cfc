#:project ../../shared/Serverless.Shared/Serverless.Shared.csproj
#:property PublishAot=false
// Takes every file of samples/ and the corpus through the pipeline's own parts without storage (parse, profile,
// attribute, classify with the document's context, compile the year, write the drafts), as the unit tests'
// ClassifiedDocuments does, and writes what each part decided into OUT: documents.jsonl (profile and attribution),
// paragraphs.jsonl (kind and labels), summary.json, report.en.md, report.fr.md.
// Usage: dotnet run tools/same-outputs/pipeline.cs -- REPO CORPUS OUT
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Shared.Classification;
using Serverless.Shared.Documents;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Reading;
using Serverless.Shared.Segmentation;
using Serverless.Shared.Storage;
using Serverless.Shared.Summary;
using Serverless.Shared.Summary.Report;

var (repo, corpus, output) = (args[0], args[1], args[2]);
Directory.CreateDirectory(output);
using var services = new ServiceCollection().AddDocumentParsing().AddClassification().AddSummaryCompilation()
    .AddSingleton<DocumentAttribution>().BuildServiceProvider();
var parser = services.GetRequiredService<DocumentParser>();
var classifier = services.GetRequiredService<IParagraphClassifier>();
var attribution = services.GetRequiredService<DocumentAttribution>();
var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
// The compile step's own mapping of a stored row (internal to the assembly, so reached by reflection here).
var toSummaryParagraph = typeof(CompileSummaryStep).GetMethod("ToSummaryParagraph", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
var paths = Directory.GetFiles(corpus).Order(StringComparer.Ordinal).Concat(Directory.GetFiles(Path.Combine(repo, "samples")).Order(StringComparer.Ordinal));
var first = new Dictionary<string, string>();
var documents = new List<SummaryDocument>();
using var documentLines = new StreamWriter(Path.Combine(output, "documents.jsonl"));
using var paragraphLines = new StreamWriter(Path.Combine(output, "paragraphs.jsonl"));
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
    record.RenditionOf = first.TryGetValue(record.Fingerprint, out var earlier) ? earlier : null;
    first.TryAdd(record.Fingerprint, id);
    documentLines.WriteLine(JsonSerializer.Serialize(new { record.FileName, parsed.Profile, record.Year, record.Entity, record.RenditionOf }, json));
    var rows = parsed.Paragraphs
        .Select(p => ParagraphMapping.ToEntity(id, p))
        .Select(row => ParagraphMapping.WithLabels(row, classifier.Classify(ParagraphMapping.ToRequest(row, record)), DateTimeOffset.UnixEpoch))
        .Select(row => (SummaryParagraph)toSummaryParagraph.Invoke(null, [row])!)
        .ToArray();
    foreach (var row in rows)
    {
        paragraphLines.WriteLine(JsonSerializer.Serialize(new { record.FileName, row }, json));
    }

    documents.Add(new SummaryDocument(id, record.FileName, record.Entity, record.Language, record.Symbol, rows, null, record.Kind, record.RenditionOf));
}

var summary = services.GetRequiredService<SummaryCompiler>().Compile(2025, documents, null, DateTimeOffset.UnixEpoch);
File.WriteAllText(Path.Combine(output, "summary.json"), JsonSerializer.Serialize(summary, json));
var builder = services.GetRequiredService<DraftReportBuilder>();
foreach (var language in new[] { "en", "fr" })
{
    File.WriteAllBytes(Path.Combine(output, $"report.{language}.md"), new MarkdownReportWriter().Write(builder.Build(summary, language)));
}
