using System.Text;
using Serverless.IntegrationTests.Hostile;

namespace Serverless.UnitTests.Reading;

/// <summary>
/// Words Word shows inside markup that only tags them: smart tags around a date, a place or a name (Word 2003 and 2007
/// wrote them; the Open XML library's schema no longer knows them) and custom XML elements around runs, paragraphs,
/// rows and cells (a form of the organisation's own schema). The words are the document's and are read in their place.
/// </summary>
public sealed class DocxWrappedTextTests
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    [Fact]
    public void ReadsTheWords_When_SmartTagsWrapThemAndNestInOneAnother()
    {
        // Before: "Geneva" and "12 May 2025" were lost ("The Summit met in  on ."): the library gives a smart tag and the
        // runs in it as unknown elements, and only its own text elements were read. Hidden text in one stays hidden.
        var body =
            "<w:p><w:r><w:t xml:space=\"preserve\">The Summit met in </w:t></w:r>" +
            "<w:smartTag w:uri=\"urn:schemas-microsoft-com:office:smarttags\" w:element=\"place\"><w:smartTag w:uri=\"urn:schemas-microsoft-com:office:smarttags\" w:element=\"City\"><w:r><w:t>Geneva</w:t></w:r></w:smartTag></w:smartTag>" +
            "<w:r><w:t xml:space=\"preserve\"> on </w:t></w:r>" +
            "<w:smartTag w:uri=\"urn:schemas-microsoft-com:office:smarttags\" w:element=\"date\"><w:smartTagPr><w:attr w:name=\"Year\" w:val=\"2025\"/></w:smartTagPr><w:r><w:t>12 May 2025</w:t></w:r></w:smartTag>" +
            "<w:smartTag w:uri=\"urn:schemas-microsoft-com:office:smarttags\" w:element=\"place\"><w:r><w:rPr><w:vanish/></w:rPr><w:t> HIDDEN</w:t></w:r></w:smartTag>" +
            "<w:r><w:t>.</w:t></w:r></w:p>";

        Assert.Equal(["The Summit met in Geneva on 12 May 2025."], Texts(body));
    }

    [Fact]
    public void ReadsTheContent_When_CustomXmlWrapsParagraphsRowsCellsAndRuns()
    {
        // Before: a paragraph, a table row and a cell in custom XML markup were lost; a run in it was read.
        var body =
            "<w:customXml w:uri=\"urn:example\" w:element=\"summary\"><w:p><w:r><w:t>Teachers were trained in digital skills.</w:t></w:r></w:p></w:customXml>" +
            "<w:tbl><w:customXml w:element=\"row\"><w:tr><w:tc><w:p><w:r><w:t>Country</w:t></w:r></w:p></w:tc><w:customXml w:element=\"cell\"><w:tc><w:p><w:r><w:t>Schools</w:t></w:r></w:p></w:tc></w:customXml></w:tr></w:customXml>" +
            "<w:tr><w:tc><w:p><w:r><w:t>Kenya</w:t></w:r></w:p></w:tc><w:tc><w:customXml w:element=\"count\"><w:p><w:r><w:t>120</w:t></w:r></w:p></w:customXml></w:tc></w:tr></w:tbl>" +
            "<w:p><w:r><w:t xml:space=\"preserve\">Reported by </w:t></w:r><w:customXml w:element=\"name\"><w:r><w:t>the ministry</w:t></w:r></w:customXml><w:r><w:t>.</w:t></w:r></w:p>";

        Assert.Equal(["Teachers were trained in digital skills.", "Country | Schools", "Kenya | 120", "Reported by the ministry."], Texts(body));
    }

    [Fact]
    public void ReadsAFootnotesWords_When_ASmartTagWrapsThem()
    {
        // Before: the note read "Figures of the statistics office," (its date in a smart tag was lost).
        var document =
            $"<w:document xmlns:w=\"{W}\"><w:body><w:p><w:r><w:t>The ministry connected 120 rural schools.</w:t></w:r><w:r><w:footnoteReference w:id=\"2\"/></w:r></w:p></w:body></w:document>";
        var footnotes =
            $"<w:footnotes xmlns:w=\"{W}\"><w:footnote w:id=\"2\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> Figures of the statistics office, </w:t></w:r>" +
            "<w:smartTag w:uri=\"urn:schemas-microsoft-com:office:smarttags\" w:element=\"date\"><w:r><w:t>30 June 2025</w:t></w:r></w:smartTag></w:p></w:footnote></w:footnotes>";
        var relationships =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            "<Relationship Id=\"rIdNotes\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes\" Target=\"footnotes.xml\"/></Relationships>";
        var docx = HostileFiles.DocxPackage(
            document,
            [("word/footnotes.xml", Encoding.UTF8.GetBytes(footnotes)), ("word/_rels/document.xml.rels", Encoding.UTF8.GetBytes(relationships))],
            [("/word/footnotes.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml")]);

        var paragraph = Assert.Single(Parsing.Parse("notes.docx", docx).Paragraphs);

        Assert.StartsWith("Figures of the statistics office, 30 June 2025", Assert.Single(paragraph.Footnotes!));
    }

    private static List<string> Texts(string body) =>
        Parsing.Parse("wrapped.docx", HostileFiles.DocxPackage($"<w:document xmlns:w=\"{W}\"><w:body>{body}</w:body></w:document>"))
            .Paragraphs.Select(p => p.Text).ToList();
}
