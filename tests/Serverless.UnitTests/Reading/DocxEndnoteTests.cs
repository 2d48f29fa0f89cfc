using System.Text;
using Serverless.IntegrationTests.Hostile;

namespace Serverless.UnitTests.Reading;

/// <summary>
/// Endnotes, as Word writes them when a contributor chooses "Insert Endnote": each joins the paragraph that calls it, as a
/// footnote does. Before, the call and the note's text were both lost.
/// </summary>
public sealed class DocxEndnoteTests
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    [Fact]
    public void JoinsEachEndnoteToTheParagraphThatCallsIt()
    {
        var document =
            $"<w:document xmlns:w=\"{W}\"><w:body>" +
            "<w:p><w:r><w:t>The ministry connected 120 rural schools.</w:t></w:r><w:r><w:endnoteReference w:id=\"2\"/></w:r></w:p>" +
            "<w:p><w:r><w:t>It trained 900 teachers.</w:t></w:r></w:p>" +
            "</w:body></w:document>";
        var endnotes =
            $"<w:endnotes xmlns:w=\"{W}\">" +
            "<w:endnote w:type=\"separator\" w:id=\"0\"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>" +
            "<w:endnote w:type=\"continuationSeparator\" w:id=\"1\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:endnote>" +
            "<w:endnote w:id=\"2\"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> Figures of the national statistics office, 2025.</w:t></w:r></w:p></w:endnote>" +
            "</w:endnotes>";
        var relationships =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            "<Relationship Id=\"rIdEnd\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes\" Target=\"endnotes.xml\"/></Relationships>";
        var docx = HostileFiles.DocxPackage(
            document,
            [("word/endnotes.xml", Encoding.UTF8.GetBytes(endnotes)), ("word/_rels/document.xml.rels", Encoding.UTF8.GetBytes(relationships))],
            [("/word/endnotes.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml")]);

        var paragraphs = Parsing.Parse("endnotes.docx", docx).Paragraphs;

        Assert.Equal(
            [("The ministry connected 120 rural schools.", "Figures of the national statistics office, 2025."), ("It trained 900 teachers.", "")],
            paragraphs.Select(p => (p.Text, string.Join(" | ", p.Footnotes ?? []))));
    }
}
