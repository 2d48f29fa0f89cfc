using Serverless.IntegrationTests.Hostile;

namespace Serverless.UnitTests.Reading;

/// <summary>
/// Text the contributor's own program does not show is not read: words there would reach the classifier and the summary
/// while no reader of the contribution sees them, and text a tracked change moved would be counted twice.
/// </summary>
public sealed class HiddenTextTests
{
    private const string Visible = "Broadband connectivity reached rural schools.";

    [Fact]
    public void LeavesOutHiddenAndMovedAwayText_When_ADocxHasThem()
    {
        // Before: "HIDDEN" words (w:vanish) were read, and the words a tracked move left behind (w:moveFrom) were read
        // beside the same words where they went (w:moveTo).
        var body =
            $"<w:p><w:r><w:t>{Visible}</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t> HIDDEN capacity building</w:t></w:r></w:p>" +
            "<w:p><w:r><w:rPr><w:vanish w:val=\"true\"/></w:rPr><w:t>HIDDEN paragraph.</w:t></w:r></w:p>" +
            "<w:p><w:moveFrom w:id=\"1\" w:author=\"a\"><w:r><w:t>Teachers were trained.</w:t></w:r></w:moveFrom></w:p>" +
            "<w:p><w:r><w:t>In 2025: </w:t></w:r><w:moveTo w:id=\"2\" w:author=\"a\"><w:r><w:t>Teachers were trained.</w:t></w:r></w:moveTo></w:p>" +
            "<w:p><w:r><w:rPr><w:vanish w:val=\"false\"/></w:rPr><w:t>Shown again.</w:t></w:r></w:p>";
        var docx = HostileFiles.DocxPackage(
            $"<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>");

        var texts = Parsing.Parse("hidden.docx", docx).Paragraphs.Select(p => p.Text).ToList();

        Assert.Equal([Visible, "In 2025: Teachers were trained.", "Shown again."], texts);
    }

    [Fact]
    public void LeavesOutHiddenElements_When_AnHtmlPageHasThem()
    {
        // Before: the text of elements marked hidden or styled display: none / visibility: hidden was read as paragraphs.
        var html =
            $"<html><body><p>{Visible}</p><p hidden>HIDDEN by the attribute.</p><div style=\"color: red; display : none !important\"><p>HIDDEN by display.</p></div>" +
            "<p style=\"visibility:hidden\">HIDDEN by visibility.</p><ul><li>Shown item.</li><li hidden>HIDDEN item.</li></ul>" +
            "<p>Shown <span style=\"display:none\">HIDDEN words </span>inline.</p><p hidden=\"until-found\">Found by a search.</p>" +
            "<p style=\"display: block\">Shown block.</p><p aria-hidden=\"true\">Shown to the eye.</p></body></html>";

        var texts = Parsing.Parse("hidden.html", html).Paragraphs.Select(p => p.Text).ToList();

        Assert.DoesNotContain(texts, t => t.Contains("HIDDEN", StringComparison.Ordinal));
        Assert.Contains(Visible, texts);
        Assert.Contains("Shown item.", texts);
        Assert.Contains("Shown inline.", texts);
        Assert.Contains("Found by a search.", texts);
        Assert.Contains("Shown block.", texts);
        Assert.Contains("Shown to the eye.", texts);
    }
}
