using Serverless.IntegrationTests.Hostile;

namespace Serverless.UnitTests.Reading;

/// <summary>
/// A DOCX's table of contents is not read: its entries are the headings again with their page numbers, and its title
/// ("Table of Contents") was read as the document's first paragraph, where the contributor's name and the title are looked for.
/// </summary>
public sealed class DocxContentsTests
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    [Fact]
    public void LeavesOutATableOfContents_InWordsBlock_AndInParagraphsOfItsStyles()
    {
        var body =
            // Word and pandoc: the table in a block of the "Table of Contents" gallery.
            "<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val=\"Table of Contents\"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>" +
            "<w:p><w:pPr><w:pStyle w:val=\"TOCHeading\"/></w:pPr><w:r><w:t>Table of Contents</w:t></w:r></w:p>" +
            "<w:p><w:pPr><w:pStyle w:val=\"TOC1\"/></w:pPr><w:r><w:t>Introduction</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>1</w:t></w:r></w:p>" +
            "</w:sdtContent></w:sdt>" +
            // LibreOffice: entries in its "Contents" styles, outside any block.
            "<w:p><w:pPr><w:pStyle w:val=\"ContentsHeading\"/></w:pPr><w:r><w:t>Contents</w:t></w:r></w:p>" +
            "<w:p><w:pPr><w:pStyle w:val=\"Contents1\"/></w:pPr><w:r><w:t>Activities</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>2</w:t></w:r></w:p>" +
            "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>Introduction</w:t></w:r></w:p>" +
            "<w:p><w:r><w:t>The council met twice.</w:t></w:r></w:p>" +
            "<w:p><w:pPr><w:pStyle w:val=\"TableContents\"/></w:pPr><w:r><w:t>A table cell's paragraph is read.</w:t></w:r></w:p>";
        var docx = HostileFiles.DocxPackage($"<w:document xmlns:w=\"{W}\"><w:body>{body}</w:body></w:document>");

        var texts = Parsing.Parse("contents.docx", docx).Paragraphs.Select(p => p.Text).ToList();

        Assert.Equal(["Introduction", "The council met twice.", "A table cell's paragraph is read."], texts);
    }
}
