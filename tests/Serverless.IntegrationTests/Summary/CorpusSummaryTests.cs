using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Shared.Classification;
using Serverless.Shared.Documents;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;
using Serverless.Shared.Summary;
using Serverless.Shared.Summary.Synthesis;
using Serverless.UnitTests;

namespace Serverless.IntegrationTests.Summary;

/// <summary>
/// The five real corpus documents through the whole pipeline, then the year's summary checked against counts
/// this test computes itself from the stored paragraphs, and the draft report read back.
/// </summary>
[Collection(PlatformCollection.Name)]
public class CorpusSummaryTests(PlatformFixture platform)
{
    private const int Year = 2190;

    [CorpusFact]
    public async Task CorpusYear_CompilesToRowsThatMatchTheStoredParagraphs_AndADocxWithOneHeadingPerActionLine()
    {
        // Arrange
        var ids = await UploadCorpusAsync(Year);
        var compile = platform.Platform.Services.GetRequiredService<CompileSummaryStep>();
        var taxonomy = platform.Platform.Services.GetRequiredService<Taxonomy>();

        // Act
        var compiled = await compile.CompileAsync(Year);
        var stored = await platform.Platform.Services.GetRequiredService<SummaryStore>().ReadAsync(Year);

        // Assert: counts recomputed here from the paragraphs table. Headings never count: the layout's headings, a
        // plain-text title line, and lines that read as headings ("Action line C2: ...").
        var rows = new List<ParagraphEntity>();
        foreach (var id in ids)
        {
            rows.AddRange((await platform.Paragraphs.ReadAllAsync(id)).Where(r =>
                (r.LabelledKind ?? r.Kind) != "heading"
                && !SourceUnitReader.LooksLikeHeading(r.Text)
                && !(r.Index == 0 && r.Number is null && r.Text.Length <= 200 && !r.Text.TrimEnd().EndsWith('.'))));
        }

        Assert.NotNull(stored);
        Assert.Equal(compiled.Version, stored.Version);
        Assert.Equal(5, stored.Totals.Documents);
        Assert.Equal(rows.Count, stored.Totals.Paragraphs);
        Assert.Equal(rows.Count(r => !string.IsNullOrEmpty(r.ActionLines)), stored.Totals.LabelledParagraphs);
        foreach (var line in taxonomy.ActionLines)
        {
            var expected = rows.Count(r => ParagraphEntity.SplitList(r.ActionLines).Any(c => c == line.Code || taxonomy.TopLevelOf(c) == line.Code));
            Assert.Equal(expected, stored.ActionLines.SingleOrDefault(a => a.Code == line.Code)?.Paragraphs ?? 0);
        }

        foreach (var body in taxonomy.Bodies)
        {
            var expected = rows.Count(r => ParagraphEntity.SplitList(r.RequestingBodies).Contains(body.Id));
            Assert.Equal(expected, stored.Bodies.SingleOrDefault(b => b.Id == body.Id)?.Paragraphs ?? 0);
        }

        using var response = await platform.Http.GetAsync($"api/summaries/{Year}/report?format=docx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var docx = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var headings = docx.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is "Heading2" or "Heading3")
            .Select(p => p.InnerText)
            .ToArray();
        var lineHeadings = headings.Select(h => System.Text.RegularExpressions.Regex.Match(h, @"\((C\d+)\)$")).Where(m => m.Success).Select(m => m.Groups[1].Value);
        Assert.Equal(stored.ActionLines.Where(a => !a.Code.Contains('.')).Select(a => a.Code), lineHeadings);
        Assert.All(stored.ActionLines.Where(a => a.Code.Contains('.')), a => Assert.Contains(a.NameFr, headings));
    }

    [CorpusFact]
    public async Task CompilingTwice_GivesIdenticalRows()
    {
        // Arrange
        await UploadCorpusAsync(Year);
        var compile = platform.Platform.Services.GetRequiredService<CompileSummaryStep>();

        // Act
        var first = await compile.CompileAsync(Year);
        var rowsAfterFirst = await SummaryRowsAsync(Year);
        var second = await compile.CompileAsync(Year);

        // Assert
        Assert.Equal(first.Version, second.Version);
        Assert.Equal(rowsAfterFirst, await SummaryRowsAsync(Year));
    }

    [Fact]
    public async Task CompilingWhileUploadsContinue_NeverExposesAHalfWrittenSummary()
    {
        // Arrange
        const int year = 2192;
        var first = await platform.DropAsync($"{year}/E1/a.md", SampleTexts.Contribution("concurrent compile 0"));
        await platform.WaitForFinalStatusAsync(first);
        var compile = platform.Platform.Services.GetRequiredService<CompileSummaryStep>();
        var store = platform.Platform.Services.GetRequiredService<SummaryStore>();
        await compile.CompileAsync(year);

        // Act: uploads and compiles keep going while a reader reads the summary again and again.
        using var stop = new CancellationTokenSource();
        var reads = new List<YearSummary>();
        var reader = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                reads.Add((await store.ReadAsync(year))!);
            }
        });
        for (var i = 1; i <= 4; i++)
        {
            var id = await platform.DropAsync($"{year}/E{i + 1}/doc.md", SampleTexts.Contribution($"concurrent compile {i}"));
            await platform.WaitForFinalStatusAsync(id);
            await compile.CompileAsync(year);
        }

        stop.Cancel();
        await reader;

        // Assert: every read is one whole version, whose parts agree with each other.
        Assert.NotEmpty(reads);
        Assert.All(reads, summary =>
        {
            Assert.NotNull(summary);
            Assert.Equal(summary.Totals.Documents, summary.Entities.Sum(e => e.Documents));
            Assert.Equal(summary.Totals.Paragraphs, summary.Entities.Sum(e => e.Paragraphs));
            Assert.Equal(summary.Totals.ContributingEntities, summary.Entities.Count);
        });
        Assert.Contains(reads, r => r.Totals.Documents == 5);
    }

    /// <summary>The corpus is uploaded once for the whole class: the same bytes are one document, whatever the test.</summary>
    private static readonly SemaphoreSlim UploadOnce = new(1, 1);
    private static string[]? _corpusIds;

    private async Task<string[]> UploadCorpusAsync(int year)
    {
        await UploadOnce.WaitAsync();
        try
        {
            return _corpusIds ??= await UploadCorpusOnceAsync(year);
        }
        finally
        {
            UploadOnce.Release();
        }
    }

    private async Task<string[]> UploadCorpusOnceAsync(int year)
    {
        var ids = new List<string>();
        foreach (var file in Directory.GetFiles(CorpusFiles.Folder!, "*.txt").Order(StringComparer.Ordinal))
        {
            ids.Add(await platform.DropAsync($"{year}/CORPUS/{Path.GetFileName(file)}", await File.ReadAllBytesAsync(file)));
        }

        foreach (var id in ids)
        {
            var document = await platform.WaitForFinalStatusAsync(id);
            Assert.Equal(nameof(DocumentStatus.Classified), document.Status);
        }

        return ids.ToArray();
    }

    private async Task<List<string>> SummaryRowsAsync(int year)
    {
        var rows = new List<string>();
        await foreach (var row in platform.Storage.Table(StorageNames.SummariesTable).QueryAsync<Azure.Data.Tables.TableEntity>(r => r.PartitionKey == year.ToString()))
        {
            rows.Add(string.Join('|', row.OrderBy(p => p.Key, StringComparer.Ordinal)
                .Where(p => p.Key is not ("Timestamp" or "odata.etag" or "CompiledAt"))
                .Select(p => $"{p.Key}={p.Value}")));
        }

        return rows.Order(StringComparer.Ordinal).ToList();
    }
}
