using System.Text;
using System.Text.RegularExpressions;
using Serverless.Local.Hosting;
using Serverless.UnitTests.Reading;

namespace Serverless.Throughput;

/// <summary>
/// Generates the back-fill's documents at run time from real report paragraphs (the lines of
/// <c>../shared/corpus/*.txt</c>, else of <c>samples/</c>), never committed: document <c>n</c> is always the same
/// (seeded by <c>n</c>), unique (its title names it), a few to about 40 pages long (most short, as contributions are),
/// and in turn PDF, DOCX, HTML, Markdown and plain text.
/// </summary>
internal sealed partial class BackfillDocuments
{
    /// <summary>Characters of text on an A4 page of 11-point type, as the corpus's report pages hold (4.7 KB with tables).</summary>
    private const int CharactersPerPage = 3_000;
    private const int MaxPages = 40;

    private static readonly string[] Formats = ["pdf", "docx", "html", "md", "txt"];
    private static readonly (string Id, string Name)[] Entities =
    [
        ("ITU", "International Telecommunication Union"), ("UNESCO", "UNESCO"), ("UNCTAD", "UNCTAD"),
        ("UNDP", "United Nations Development Programme"), ("ECA", "Economic Commission for Africa"),
    ];

    private readonly IReadOnlyList<string> _paragraphs;

    private BackfillDocuments(IReadOnlyList<string> paragraphs, string source)
    {
        _paragraphs = paragraphs;
        Source = source;
    }

    /// <summary>Where the paragraphs came from, and why the samples when they did.</summary>
    public string Source { get; }

    public static BackfillDocuments Load()
    {
        var corpus = Environment.GetEnvironmentVariable("WSIS_CORPUS") ?? Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "corpus"));
        if (Directory.Exists(corpus) && Directory.GetFiles(corpus, "*.txt").Length > 0)
        {
            var files = Directory.GetFiles(corpus, "*.txt").Order(StringComparer.Ordinal).ToArray();
            return new(Paragraphs(files, minimum: 150), $"the {files.Length} corpus documents of `{corpus}` (their lines of 150 to 4,000 characters)");
        }

        var samples = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "samples"))
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        return new(Paragraphs(samples, minimum: 60), $"`samples/` (the corpus is absent at `{corpus}`; its short paragraphs make smaller pages)");
    }

    /// <summary>The format of document <paramref name="number"/>: its file extension.</summary>
    public static string Format(int number) => Formats[number % Formats.Length];

    /// <summary>Writes document <paramref name="number"/> into <paramref name="folder"/> and returns its blob name.</summary>
    public async Task<(string BlobName, string Path)> WriteAsync(int number, string folder)
    {
        var random = new Random(number);
        var (entity, entityName) = Entities[random.Next(Entities.Length)];
        var year = 2006 + random.Next(20);

        // Cubed, so most are a few pages and some reach 40, as a year's contributions run (mean about 11 pages).
        var pages = 1 + (int)Math.Round((MaxPages - 1) * Math.Pow(random.NextDouble(), 3));
        var blocks = new List<SampleBlock> { new(SampleBlockKind.Title, $"Contribution of the {entityName} to the WSIS report {year}, back-fill document {number}") };
        var characters = 0;
        var numbered = 0;
        while (characters < pages * CharactersPerPage)
        {
            var text = _paragraphs[random.Next(_paragraphs.Count)];
            if (blocks.Count % 8 == 1)
            {
                blocks.Add(new(SampleBlockKind.Heading, Heading(text)));
            }

            blocks.Add(random.Next(3) == 0 ? new(SampleBlockKind.Paragraph, text) : new(SampleBlockKind.Numbered, text, $"{++numbered}"));
            characters += text.Length;
        }

        var document = new SampleDocument($"backfill-{number:00000}", blocks);
        var format = Format(number);
        var path = System.IO.Path.Combine(folder, $"{document.Name}.{format}");
        var bytes = format switch
        {
            "pdf" => PdfSampleWriter.Write(document, runningHeader: true),
            "docx" => DocxSampleWriter.Write(document),
            "html" => Encoding.UTF8.GetBytes(document.ToHtml()),
            "md" => Encoding.UTF8.GetBytes(document.ToMarkdown()),
            _ => Encoding.UTF8.GetBytes(string.Join("\n\n", blocks.Select(b => b.Number is null ? b.Text : $"{b.Number}. {b.Text}"))),
        };
        await File.WriteAllBytesAsync(path, bytes);
        return ($"{year}/{entity}/{document.Name}.{format}", path);
    }

    private static string Heading(string text) => string.Join(' ', text.Split(' ').Take(6)).TrimEnd(',', ';', ':', '.');

    private static List<string> Paragraphs(IEnumerable<string> files, int minimum) =>
        files.SelectMany(File.ReadLines)
            .Select(line => Markup().Replace(line, " ").Trim())
            .Select(line => Spaces().Replace(line, " "))
            .Where(line => line.Length >= minimum && line.Length <= 4_000 && !"#|<[!".Contains(line[0], StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>Footnote calls and emphasis of the corpus's Markdown-like text: the writers set their own markup.</summary>
    [GeneratedRegex(@"<sup>[^<]*</sup>|\*+|\[footnoteRef:\d+\]|\[bookmark: [^\]]*\]")]
    private static partial Regex Markup();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
