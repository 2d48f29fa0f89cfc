using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Serverless.UnitTests.Reading;
using Serverless.UnitTests.Summary;

namespace Serverless.UnitTests.Entities;

/// <summary>
/// A letterhead set in the page header (where ministries' Word templates put it, and where a PDF prints it on every page
/// as a running header): it names the contributor, though it never becomes a paragraph.
/// </summary>
public sealed class PageHeaderContributorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wsis-page-header-").FullName;

    [Fact]
    public void NamesTheContributor_ThatTheFirstPagesHeaderPrints()
    {
        var record = Read(Docx(["REPUBLIC OF GHANA", "MINISTRY OF COMMUNICATIONS AND DIGITALISATION"], firstPageOnly: false));

        Assert.Equal("Ministry of Communications and Digitalisation – Republic of Ghana", record.Entity);
        Assert.StartsWith("letterhead: ", record.EntityEvidence);
    }

    [Fact]
    public void ReadsTheFirstPagesOwnHeader_When_TheSectionHasOne()
    {
        var record = Read(Docx(["Harbour Valley Health Trust"], firstPageOnly: true));

        Assert.Equal("Harbour Valley Health Trust", record.Entity);
    }

    [Fact]
    public void NamesTheContributor_ThatAHeaderReadingAsATitleNames()
    {
        // A header that is the document's title line (a one-page PDF marks it as a running header, so it is no
        // paragraph either). Before: no contributor.
        var record = Read(Docx(["Lakeside Regional Library Network — Contribution to the WSIS report"], firstPageOnly: false));

        Assert.Equal("Lakeside Regional Library Network", record.Entity);
    }

    [Fact]
    public void NeverMakesTheHeaderAParagraph()
    {
        var paragraphs = Parsing.Parse("letter.docx", Docx(["REPUBLIC OF GHANA", "MINISTRY OF COMMUNICATIONS AND DIGITALISATION"], firstPageOnly: false)).Paragraphs;

        Assert.DoesNotContain(paragraphs, p => p.Text.Contains("GHANA", StringComparison.Ordinal));
    }

    [Fact]
    public void NamesTheContributor_ThatAPdfsRunningHeaderPrints_ThoughTheHeaderIsNoParagraph()
    {
        var activity = "In 2025 we connected {0} rural households to fixed wireless broadband in the valley district and trained local technicians to repair the towers.";
        var letter = new SampleDocument("HIGHLAND BROADBAND COOPERATIVE",
            [new SampleBlock(SampleBlockKind.Paragraph, "Input to the annual report on WSIS implementation, 2025"),
             .. Enumerable.Range(1, 40).Select(i => new SampleBlock(SampleBlockKind.Numbered, string.Format(System.Globalization.CultureInfo.InvariantCulture, activity, i * 37), $"{i}"))]);
        var pdf = PdfSampleWriter.Write(letter, runningHeader: true);

        var record = Read(pdf, "letter.pdf");

        Assert.Equal("Highland Broadband Cooperative", record.Entity);
        Assert.DoesNotContain(Parsing.Parse("letter.pdf", pdf).Paragraphs, p => p.Text.Contains("HIGHLAND", StringComparison.Ordinal));
    }

    [Fact]
    public void KeepsTheStateThatTheHeaderPrintsBesideTheName_ThatTheTitleGives()
    {
        var record = Read(Docx(["RÉPUBLIQUE CENTRAFRICAINE", "MINISTÈRE DE L'ÉCONOMIE NUMÉRIQUE ET DES POSTES"], firstPageOnly: false,
            title: "Contribution du Ministère de l’Économie numérique et des Postes au rapport annuel sur la mise en œuvre des résultats du SMSI"));

        Assert.Equal("Ministère de l’Économie numérique et des Postes – République centrafricaine", record.Entity);
        Assert.StartsWith("title: ", record.EntityEvidence);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Serverless.Shared.Storage.DocumentEntity Read(byte[] docx, string fileName = "letter.docx")
    {
        var path = Path.Combine(_folder, fileName);
        File.WriteAllBytes(path, docx);
        return ClassifiedDocuments.Read([path]).Single().Record;
    }

    /// <summary>A letter whose letterhead is in the page header (the default one, or the first page's own).</summary>
    private static byte[] Docx(string[] header, bool firstPageOnly, string title = "Input to the annual report on WSIS implementation, 2025")
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var headerPart = main.AddNewPart<HeaderPart>();
            headerPart.Header = new Header(header.Select(line => new Paragraph(new Run(new Text(line)))));
            var section = new SectionProperties(
                new HeaderReference { Type = firstPageOnly ? HeaderFooterValues.First : HeaderFooterValues.Default, Id = main.GetIdOfPart(headerPart) });
            if (firstPageOnly)
            {
                section.Append(new TitlePage());
            }

            main.Document = new Document(new Body(
                new Paragraph(new Run(new Text(title))),
                new Paragraph(new Run(new Text("In 2025 we connected 1,200 rural schools to the national fibre backbone and trained 3,000 teachers."))),
                section));
        }

        return stream.ToArray();
    }
}
