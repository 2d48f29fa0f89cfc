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

    /// <summary>
    /// Layouts the reader reads only in part yet, with the share of the source's paragraphs it must find, the floor at
    /// its measured figure so that a change that loses more fails (<c>RenditionTests</c>); their paragraphs may come out
    /// of order, so they are not among the cross-format renditions. Two CSS columns under headings across both
    /// (<c>spanned/</c>): a page whose headings are all shorter than a column, with a gutter from top to foot, is still
    /// read column by column, and a justified line of three words stretched across a narrow column reads as a table row
    /// (tests/renditions/README.md, sixth round). Chromium's three CSS columns (<c>columns3/</c>): Chromium justifies a
    /// table's cells too, and a name wrapped in a narrow cell reads as two cells. Typst's three columns (<c>typst-columns</c>): Typst
    /// justifies a table's cells too, and a name wrapped in a narrow cell (<c>Gulf    Cooperation</c>) reads as two
    /// cells (seventh round). Scribus's two columns (<c>scribus-columns</c>): a compound its narrow column breaks at the
    /// hyphen (<c>vingt-</c> + <c>deux</c>, <c>ci-</c> + <c>dessous</c>) reads as a divided word where the document writes
    /// neither part elsewhere, and a justified line of a few words stretched across the column as a table row (twelfth
    /// round). memoir's two-sided prints (<c>memoir/</c>): its running head of a long heading in capitals runs to three
    /// lines over the text's first line, the one-line title block sets two of its lines on one, and a single division
    /// (<c>imple-mentation</c>) is no habit the document shows (thirteenth round). Sphinx's LaTeX PDFs (<c>sphinx/</c>):
    /// the classes number the sections (<c>1 Introduction</c>) and the manual sets a chapter's number in words over its
    /// title in capitals (<c>ONE</c> over <c>INTRODUCTION</c>), headings the sources do not write so, and a blank left-hand
    /// page's running foot is read as a heading (fourteenth round).
    /// </summary>
    public static IReadOnlyDictionary<string, double> PartlyReadLayouts { get; } = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["spanned"] = 0.94,
        ["columns3"] = 0.93,
        ["typst-columns"] = 0.96,
        ["scribus-columns"] = 0.95,
        ["memoir"] = 0.97,
        ["sphinx"] = 0.79,
    };

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
