namespace Serverless.UnitTests.Renditions;

/// <summary>
/// The PDFs of <c>tests/renditions/</c>, listed in its <c>manifest.tsv</c> by <c>make.sh</c> (which needs the producers:
/// Chromium, LibreOffice, pandoc with LaTeX, LuaLaTeX, XeLaTeX and groff, poppler's pdftocairo, wkhtmltopdf, WeasyPrint,
/// Ghostscript, ReportLab, enscript, FPDF, qpdf, mutool, pdfjam, pikepdf); the PDFs and their sources are committed, so
/// reading them needs none.
/// </summary>
public static class RenditionCorpus
{
    public static string Folder { get; } = Path.Combine(CorpusFiles.RepositoryRoot, "tests", "renditions");

    public static IReadOnlyList<Rendition> All { get; } = Load();

    public static IReadOnlyList<string> Producers { get; } = All.Select(r => r.Producer).Distinct().Order().ToList();

    /// <summary>
    /// The producers whose PDFs are scans read through an OCR text layer: their text is what the OCR recognised, words,
    /// marks and numbers garbled here and there, so they are held to what the OCR left (<c>RenditionTests</c>), not to
    /// the source's text word for word.
    /// </summary>
    public static IReadOnlySet<string> OcrProducers { get; } = new HashSet<string>(StringComparer.Ordinal) { "ocrmypdf", "skewed", "tesseract" };

    public static string PathOf(string relative) => Path.GetFullPath(Path.Combine(Folder, relative));

    /// <summary>The Markdown sources written for the corpus (not the samples), by name: the cross-format test reads their DOCX and HTML renditions.</summary>
    public static IReadOnlyList<string> GeneratedSources { get; } =
        Directory.GetFiles(Path.Combine(Folder, "sources"), "*.md").Select(Path.GetFileNameWithoutExtension).Order().ToList()!;

    private static List<Rendition> Load() =>
        File.ReadLines(Path.Combine(Folder, "manifest.tsv"))
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t'))
            .Select(cells => new Rendition(cells[0], cells[1], cells[2]))
            .ToList();
}
