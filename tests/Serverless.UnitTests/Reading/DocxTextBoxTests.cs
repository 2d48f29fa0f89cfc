using Serverless.IntegrationTests.Hostile;

namespace Serverless.UnitTests.Reading;

/// <summary>
/// Text boxes in Word documents (a sidebar, a callout, a framed case study): read once, after the paragraph that anchors
/// them, as paragraphs of their own. Before, Word's two copies of each box (DrawingML, and VML for older readers) were both
/// read, glued into the anchoring sentence: "Body text before. Box text.Box text.Body text after."
/// </summary>
public sealed class DocxTextBoxTests
{
    private const string Box = "<w:txbxContent><w:p><w:r><w:t>Box 1: 300 teachers trained in Fiji.</w:t></w:r></w:p>" +
        "<w:p><w:r><w:t>The course runs again in 2026.</w:t></w:r></w:p></w:txbxContent>";

    [Fact]
    public void ReadsAWordTextBoxOnce_AfterTheParagraphThatAnchorsIt()
    {
        var body =
            "<w:p><w:r><w:t xml:space=\"preserve\">Body text before. </w:t></w:r>" + Word2010TextBox() + "<w:r><w:t>Body text after.</w:t></w:r></w:p>" +
            "<w:p><w:r><w:t>Next paragraph.</w:t></w:r></w:p>";

        var texts = Read(body);

        Assert.Equal(["Body text before. Body text after.", "Box 1: 300 teachers trained in Fiji.", "The course runs again in 2026.", "Next paragraph."], texts);
    }

    [Fact]
    public void ReadsABoxInAnOtherwiseEmptyParagraph_AndAnOlderWordsVmlBox()
    {
        var body = "<w:p>" + Word2010TextBox() + "</w:p>" +
            $"<w:p><w:r><w:t>After the boxes.</w:t></w:r><w:r><w:pict><v:shape><v:textbox>{Box}</v:textbox></v:shape></w:pict></w:r></w:p>";

        var texts = Read(body);

        Assert.Equal(
            ["Box 1: 300 teachers trained in Fiji.", "The course runs again in 2026.", "After the boxes.", "Box 1: 300 teachers trained in Fiji.", "The course runs again in 2026."],
            texts);
    }

    /// <summary>A text box as Word 2010 and later write it: DrawingML for themselves, and a VML copy for older readers.</summary>
    private static string Word2010TextBox() =>
        "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">" +
        $"<wps:wsp><wps:txbx>{Box}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>" +
        $"<mc:Fallback><w:pict><v:shape><v:textbox>{Box}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>";

    private static List<string> Read(string body)
    {
        var docx = HostileFiles.DocxPackage(
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" " +
            "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" " +
            "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" xmlns:v=\"urn:schemas-microsoft-com:vml\" mc:Ignorable=\"wps\">" +
            $"<w:body>{body}</w:body></w:document>");
        return Parsing.Parse("boxes.docx", docx).Paragraphs.Select(p => p.Text).ToList();
    }
}
