using Xunit.Abstractions;

namespace Serverless.UnitTests.Renditions;

/// <summary>
/// The PDFs of the rendition corpus (<c>tests/renditions/</c>: each source printed by Chromium, LibreOffice from DOCX
/// and from HTML, pdflatex, LuaLaTeX, groff, wkhtmltopdf, WeasyPrint and ReportLab, the Chromium and LaTeX prints re-written
/// by cairo and the LibreOffice and LaTeX prints re-distilled by Ghostscript; plain text through enscript, FPDF, XeLaTeX,
/// LibreOffice's PDF/A and two-column exports, and prints re-written by qpdf, mutool and pdfjam, turned a quarter or
/// given crop boxes away from 0,0; AbiWord, Calibre, ConTeXt, pages drawn out of reading order; PDF libraries, TeX's
/// bitmap fonts, one glyph per operator, numbers hung in the margin, landscape pages, small capitals, PDFsharp; columns under
/// headings across both, two-sided booklets, cover pages with a table of contents, Ghostscript's prepress settings,
/// LibreOffice's hybrid export; Typst in one and three columns, SkiaSharp, a2ps's two pages to a sheet, Chromium's three
/// columns; watermarks, stamps and page numbers added afterwards, line numbers in the margin, annotations and form fields,
/// prints of two producers joined into one file, a table page turned a quarter; slides from LibreOffice Impress, a
/// landscape section, a slug area and a layer switched off, two pages to a sheet; the report generators of web systems and
/// document services: TCPDF, dompdf, xhtml2pdf, HTMLDOC, Apache FOP, PDFBox, iText; asciidoctor-pdf, PDF::API2 from Perl,
/// gofpdf from Go, react-pdf; Paged.js, Vivliostyle, Scribus; Firefox, KOMA-Script and memoir; rst2pdf, Sphinx, PyMuPDF's
/// Story) read as their sources
/// say: per producer, at least 98 % of the source's paragraphs with the same text, every numbered paragraph found with
/// its number, every paragraph of an ITU resolution found with its kind, and no page furniture. Scans with an OCR text
/// layer (<see cref="RenditionCorpus.OcrProducers"/>) are held to what their OCR left: see <see cref="ScannedProducers"/>.
/// </summary>
public sealed class RenditionTests(ITestOutputHelper output)
{
    private const double RequiredFoundShare = 0.98;

    /// <summary>
    /// Scans read through their OCR text layer (tesseract, ocrmypdf, a page scanned askew), with the share of the source's
    /// paragraphs the reader must find and the numbers it may read wrong. The OCR itself garbles words, marks and numbers
    /// (a call read as "!", "2." lost, "du jour" run together): of the 228 paragraphs, the text layer as pdftotext gives it
    /// has 61 garbled and loses 17 numbers (<c>tests/renditions/ocr-garbled.py</c>, tests/renditions/README.md); the floors
    /// are the figures measured with the reader that levels slanted text and spreads the OCR's words over their cells, so
    /// a change that loses what it reads fails here. (ocrmypdf: since the eighth round a stray mark the OCR set on end, read
    /// into a paragraph, is left out with the text stamped across pages, and the paragraph is found; its number "2." the
    /// OCR lost, so it counts as a number read wrong.)
    /// </summary>
    private static readonly Dictionary<string, (double Found, int WrongNumbers)> ScannedProducers = new()
    {
        ["ocrmypdf"] = (0.72, 6),
        ["skewed"] = (0.86, 0),
        ["tesseract"] = (0.85, 2),
    };

    public static TheoryData<string> Producers() => new(RenditionCorpus.Producers.Where(p => !RenditionCorpus.OcrProducers.Contains(p)));

    public static TheoryData<string> Scanned() => new(RenditionCorpus.OcrProducers.Order());

    public static TheoryData<string> KindedSources() => new(RenditionKinds.Sources);

    [Theory]
    [MemberData(nameof(Producers))]
    public void ReadsSourceParagraphs_When_PdfComesFromProducer(string producer)
    {
        // Arrange
        var renditions = RenditionCorpus.All.Where(r => r.Producer == producer).ToList();

        // Act
        var score = RenditionScore.Sum(renditions.Select(RenditionScorer.Score));

        // Assert
        output.WriteLine(RenditionReport.Table([(producer, score, renditions.Count)]));
        foreach (var miss in score.Misses)
        {
            output.WriteLine(miss);
        }

        var required = RenditionCorpus.PartlyReadLayouts.GetValueOrDefault(producer, RequiredFoundShare);
        Assert.True(score.FoundShare >= required, $"{producer}: {score.FoundShare:P1} of expected paragraphs found; {required:P0} required.");
        // A numbered paragraph not found at all counts against the share above (one divided compound, "capacity-" +
        // "building", that the document writes nowhere else: tests/renditions/README.md); one found has its number.
        Assert.Equal(0, score.WrongNumbers);
        // The ITU resolutions' paragraphs found have their layout's kind (tests/renditions/README.md).
        Assert.Equal(0, score.WrongKinds);
        Assert.Equal(0, score.Furniture);
    }

    [Fact]
    public void ReadsNoRunningLineAsAParagraph_When_ATaggedPrintOfOnePageMarksItsHeaderAndFooter()
    {
        // Arrange: tests/renditions/tagged/, LibreOffice's tagged export and Chromium's tagged print, one or two pages:
        // nothing repeats on a single page, so only the tags tell the running header from a first paragraph.
        var renditions = RenditionCorpus.All.Where(r => r.Producer == "tagged").ToList();

        // Act
        var score = RenditionScore.Sum(renditions.Select(RenditionScorer.Score));

        // Assert: before, six headers and footers of the one-page prints were read as paragraphs.
        foreach (var miss in score.Misses)
        {
            output.WriteLine(miss);
        }

        Assert.Equal(8, renditions.Count);
        Assert.Equal(0, score.Stray);
        Assert.Equal(score.Expected, score.Found);
    }

    [Theory]
    [MemberData(nameof(Scanned))]
    public void ReadsWhatTheOcrLeft_When_PdfIsAScanWithATextLayer(string producer)
    {
        // Arrange
        var renditions = RenditionCorpus.All.Where(r => r.Producer == producer).ToList();
        // A producer of scans added to the corpus needs its floors here.
        var (found, wrongNumbers) = ScannedProducers[producer];

        // Act
        var score = RenditionScore.Sum(renditions.Select(RenditionScorer.Score));

        // Assert
        output.WriteLine(RenditionReport.Table([(producer, score, renditions.Count)]));
        foreach (var miss in score.Misses)
        {
            output.WriteLine(miss);
        }

        Assert.True(renditions.Count > 0, $"{producer}: no PDF in the manifest");
        Assert.True(score.FoundShare >= found, $"{producer}: {score.FoundShare:P1} of expected paragraphs found; {found:P0} required.");
        Assert.InRange(score.WrongNumbers, 0, wrongNumbers);
        Assert.Equal(0, score.WrongKinds);
        Assert.Equal(0, score.Furniture);
    }

    [Theory]
    [MemberData(nameof(KindedSources))]
    public void GivesTheLayoutsKinds_When_ItuResolutionIsReadFromItsDocx(string name)
    {
        // Arrange: the truth the PDFs are scored against, read as the platform reads a DOCX.
        var truth = $"docx/un/{name}.docx";

        // Act
        var score = RenditionScorer.Score(new Rendition("docx", truth, truth));

        // Assert: every paragraph has a kind from the Markdown's layout, and the DOCX gives it.
        foreach (var miss in score.Misses)
        {
            output.WriteLine(miss);
        }

        Assert.Equal((score.Expected, score.Expected, score.Expected), (score.Found, score.Kinded, score.KindsRight));
    }
}
