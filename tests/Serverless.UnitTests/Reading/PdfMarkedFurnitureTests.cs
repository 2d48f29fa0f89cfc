namespace Serverless.UnitTests.Reading;

/// <summary>
/// A tagged PDF marks its running headers, footers and page numbers as artifacts, or leaves them out of its marks: on a
/// one-page contribution, where no repetition gives them away, they are still no paragraph, and the first page's header
/// still names who wrote the document.
/// </summary>
public sealed class PdfMarkedFurnitureTests
{
    /// <summary>One paragraph of two lines.</summary>
    private const string Body =
        "/P <</MCID 0>> BDC BT /F1 12 Tf 72 680 Td (The agency connected forty rural clinics to the national network in 2025 and) Tj " +
        "0 -14 Td (trained two hundred nurses to keep patient records on tablets.) Tj ET EMC ";

    private const string BodyText =
        "The agency connected forty rural clinics to the national network in 2025 and trained two hundred nurses to keep patient records on tablets.";

    private static byte[] Pdf(string content, bool tagged = true) =>
        OnePagePdf.Write(content, tagged ? "/MarkInfo << /Marked true >> " : "");

    [Fact]
    public void LeavesOutTheHeaderAndFooter_When_AOnePageTaggedPdfMarksThemAsPagination()
    {
        // Before: the header and the footer were read as the first and last paragraphs (one page: nothing repeats).
        var content =
            "/Artifact <</Type /Pagination /Subtype /Header /Attached [/Top]>> BDC BT /F1 9 Tf 72 750 Td (Example Health Agency: contribution to the WSIS report) Tj ET EMC " +
            Body +
            "/Artifact <</Type /Pagination /Subtype /Footer /Attached [/Bottom]>> BDC BT /F1 9 Tf 72 40 Td " +
            "/Span <</ActualText (fi)>> BDC (\\256) Tj EMC (rst draft, circulated to partners) Tj ET EMC";

        var document = Parsing.Parse("contribution.pdf", Pdf(content));

        Assert.Equal([BodyText], document.Paragraphs.Select(p => p.Text));
        Assert.Equal(["Example Health Agency: contribution to the WSIS report"], document.PageHeader);
    }

    [Fact]
    public void LeavesOutTheHeaderAndFooter_When_TheyAreMarkedAsPlainArtifacts()
    {
        // LibreOffice's tagged export marks its header and footer "/Artifact BMC", without a type.
        // Before: both were read as paragraphs.
        var content =
            "/Artifact BMC BT /F1 12 Tf 72 750 Td (Ministry of Digital Affairs of Examplia) Tj ET EMC " +
            Body +
            "/Artifact BMC BT /F1 12 Tf 72 40 Td (Annual reporting on the WSIS outcomes, 2025) Tj ET EMC";

        var document = Parsing.Parse("contribution.pdf", Pdf(content));

        Assert.Equal([BodyText], document.Paragraphs.Select(p => p.Text));
        Assert.Equal(["Ministry of Digital Affairs of Examplia"], document.PageHeader);
    }

    [Fact]
    public void LeavesOutTextOutsideEveryMark_When_TheDocumentIsTagged()
    {
        // Chromium sets a page's CSS margin boxes unmarked, and a stamp added to a tagged file afterwards is unmarked.
        // Before: the header was the first paragraph, the stamp the last.
        var content =
            "BT /F1 9 Tf 72 750 Td (Lakeside Regional Library Network) Tj ET " + Body + "BT /F1 9 Tf 72 40 Td (RESTRICTED) Tj ET";

        var document = Parsing.Parse("contribution.pdf", Pdf(content));

        Assert.Equal([BodyText], document.Paragraphs.Select(p => p.Text));
        Assert.Equal(["Lakeside Regional Library Network"], document.PageHeader);
    }

    [Fact]
    public void ReadsTextOutsideEveryMark_When_TheDocumentIsNotTagged()
    {
        // Marks without the catalogue's word that they tag the content say nothing of what lies outside them.
        var content = "BT /F1 12 Tf 72 750 Td (Lakeside Regional Library Network) Tj ET " + Body;

        var texts = Parsing.Parse("contribution.pdf", Pdf(content, tagged: false)).Paragraphs.Select(p => p.Text).ToList();

        Assert.Contains("Lakeside Regional Library Network", texts);
        Assert.Contains(BodyText, texts);
    }

    [Fact]
    public void ReadsThePageAsBefore_When_ItsPaginationMarksHoldMostOfItsText()
    {
        // A file that marks its body as pagination is not believed: nothing it shows is lost.
        var content =
            "/Artifact <</Type /Pagination>> BDC " + Body + "EMC " +
            "BT /F1 12 Tf 72 560 Td (A closing line outside the marks.) Tj ET";

        var texts = Parsing.Parse("contribution.pdf", Pdf(content)).Paragraphs.Select(p => p.Text).ToList();

        Assert.Contains(BodyText, texts);
    }

    [Fact]
    public void ReadsOtherArtifacts_When_TheyAreNoPagination()
    {
        // A layout artifact (a rule, a background) is left to the rules that read it: its text, if any, stays.
        var content = Body + "/Artifact <</Type /Layout>> BDC BT /F1 12 Tf 72 560 Td (Figures in the box below are provisional.) Tj ET EMC";

        var texts = Parsing.Parse("contribution.pdf", Pdf(content)).Paragraphs.Select(p => p.Text).ToList();

        Assert.Contains("Figures in the box below are provisional.", texts);
    }
}
