using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Shared.Reading;
using Serverless.Shared.Segmentation;
using Xunit.Abstractions;

namespace Serverless.UnitTests.Segmentation;

/// <summary>
/// Compares the segmentation of the five corpus documents with the expected paragraphs in <c>Expected/</c>.
/// A paragraph is found when some output paragraph has the same normalised text (same hash).
/// </summary>
public sealed partial class GoldenSegmentationTests(ITestOutputHelper output)
{
    private const double RequiredFoundShare = 0.98;

    public static TheoryData<string> Documents => new()
    {
        "000_b6a7f7a314a0c2c3.txt",
        "001_c994054558bf5bc9.txt",
        "002_f1425ecc0daaa0de.txt",
        "003_93a91d9ffa97d902.txt",
        "004_ed308b90e20e3f2d.txt",
    };

    [CorpusTheory]
    [MemberData(nameof(Documents))]
    public void FindsExpectedParagraphs_When_SegmentingCorpusDocument(string fileName)
    {
        // Arrange
        var expected = ExpectedSegmentation.Load(fileName);

        // Act
        var paragraphs = Parse(fileName);

        // Assert
        var byHash = paragraphs.GroupBy(p => ExpectedSegmentation.Hash(ExpectedSegmentation.Normalise(p.Text)))
            .ToDictionary(g => g.Key, g => g.ToList());
        var missing = expected.Paragraphs.Where(e => !byHash.ContainsKey(e.Sha256)).ToList();
        var found = expected.Paragraphs.Count - missing.Count;
        var share = (double)found / expected.Paragraphs.Count;
        var sameKind = expected.Paragraphs.Count(e => byHash.TryGetValue(e.Sha256, out var produced) && produced.Any(p => p.Kind.ToName() == e.Kind));
        output.WriteLine($"{fileName}: {found}/{expected.Paragraphs.Count} expected paragraphs found ({share:P1}); {paragraphs.Count} produced; " +
                         $"same kind for {sameKind}/{found} (reported, not asserted)");
        foreach (var miss in missing)
        {
            output.WriteLine($"  missing {miss.Number ?? "-"} {miss.Kind}: {miss.Start} ({miss.Length})");
        }

        Assert.True(share >= RequiredFoundShare, $"{share:P1} of expected paragraphs found in {fileName}; at least {RequiredFoundShare:P0} required.");
    }

    /// <summary>The Markdown-like exports also arrive as <c>.md</c>: read by Markdig, they must segment the same way.</summary>
    [CorpusTheory]
    [InlineData("000_b6a7f7a314a0c2c3.txt")]
    [InlineData("001_c994054558bf5bc9.txt")]
    public void FindsExpectedParagraphs_When_MarkdownExportIsReadAsMarkdown(string fileName)
    {
        // Arrange
        var expected = ExpectedSegmentation.Load(fileName);

        // Act
        var paragraphs = Parse(fileName, asMarkdown: true);

        // Assert
        var hashes = paragraphs.Select(p => ExpectedSegmentation.Hash(ExpectedSegmentation.Normalise(p.Text))).ToHashSet();
        var found = expected.Paragraphs.Count(e => hashes.Contains(e.Sha256));
        var share = (double)found / expected.Paragraphs.Count;
        output.WriteLine($"{fileName} as Markdown: {found}/{expected.Paragraphs.Count} expected paragraphs found ({share:P1})");
        Assert.True(share >= RequiredFoundShare, $"{share:P1} found");
    }

    [CorpusTheory]
    [MemberData(nameof(Documents))]
    public void LeavesNoPageFurniture_When_SegmentingCorpusDocument(string fileName)
    {
        // Act
        var paragraphs = Parse(fileName);

        // Assert
        var polluted = paragraphs.Where(p => Furniture().IsMatch(p.Text)).Select(p => $"{p.Index}: {p.Text[..Math.Min(80, p.Text.Length)]}").ToList();
        output.WriteLine($"{fileName}: {polluted.Count} paragraphs with page furniture or markup left");
        Assert.Empty(polluted);
    }

    [CorpusTheory]
    [MemberData(nameof(Documents))]
    public void KeepsParagraphNumbers_When_SegmentingCorpusDocument(string fileName)
    {
        // Arrange
        var expected = ExpectedSegmentation.Load(fileName);

        // Act
        var paragraphs = Parse(fileName);

        // Assert
        var byHash = paragraphs.GroupBy(p => ExpectedSegmentation.Hash(ExpectedSegmentation.Normalise(p.Text)))
            .ToDictionary(g => g.Key, g => g.First());
        var numbered = expected.Paragraphs.Where(e => e.Number is not null && byHash.ContainsKey(e.Sha256)).ToList();
        var wrong = numbered.Where(e => byHash[e.Sha256].Number != e.Number)
            .Select(e => $"{e.Number} -> {byHash[e.Sha256].Number ?? "none"}: {e.Start}").ToList();
        output.WriteLine($"{fileName}: {numbered.Count - wrong.Count}/{numbered.Count} numbered paragraphs carry their number");
        Assert.Empty(wrong);
    }

    private static IReadOnlyList<Paragraph> Parse(string fileName, bool asMarkdown = false)
    {
        var parser = new ServiceCollection().AddDocumentParsing().BuildServiceProvider().GetRequiredService<DocumentParser>();
        var source = DocumentSource.FromFile(CorpusFiles.PathOf(fileName));
        return parser.Parse(asMarkdown ? source with { FileName = Path.ChangeExtension(fileName, ".md") } : source).Paragraphs;
    }

    /// <summary>Job numbers, page marks, Geneva job numbers, and export markup that must never reach a paragraph.</summary>
    [GeneratedRegex(@"\b\d{2}-\d{5}\b|\*\*\d{1,3}/\d{1,3}\*\*|(?<![\d/])\d{1,3}/20\s*$|\bGE\.\d{2}-\d+|\[bookmark:|\[footnoteRef:|<sup>|</sup>|\]\(#\)")]
    private static partial Regex Furniture();
}
