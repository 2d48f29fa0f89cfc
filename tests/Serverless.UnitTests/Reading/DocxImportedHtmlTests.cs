using System.Text;
using Serverless.IntegrationTests.Hostile;

namespace Serverless.UnitTests.Reading;

/// <summary>
/// An HTML page a DOCX imports in its place (<c>w:altChunk</c>): Word converts it when the file is opened and shows its
/// text there, so it is read there, as the HTML reader reads a page (its hidden elements and scripts left out).
/// </summary>
public sealed class DocxImportedHtmlTests
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    [Fact]
    public void ReadsAnImportedHtmlPage_InItsPlace()
    {
        // Before: "Teachers were trained in 40 schools." and its list were lost: only the paragraphs around the chunk were read.
        var html = "<html><body><p>Teachers were trained in 40 schools.</p><ul><li>Kenya</li><li>Ghana</li></ul>" +
                   "<p hidden>HIDDEN words</p><script>alert('HIDDEN')</script></body></html>";

        var texts = Texts(("afchunk.html", "text/html", html));

        Assert.Equal(["The ministry reports:", "Teachers were trained in 40 schools.", "Kenya", "Ghana", "It will go on in 2026."], texts);
    }

    [Fact]
    public void ReadsNothingOfAnImportedChunk_When_ItIsNotHtml()
    {
        var texts = Texts(("afchunk.rtf", "application/rtf", "{\\rtf1\\ansi HIDDEN rich text}"));

        Assert.Equal(["The ministry reports:", "It will go on in 2026."], texts);
    }

    [Fact]
    public void SaysTheDocxImportsAPageItRefused_When_TheImportedHtmlNestsTooDeep()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 5_000)) + "x</body></html>";

        var error = Assert.Throws<Serverless.Shared.Reading.UnreadableDocumentException>(() => Texts(("afchunk.html", "text/html", html)));

        Assert.StartsWith("The DOCX file imports an HTML page (an altChunk) that was not read: ", error.Message);
        Assert.Contains("levels deep", error.Message);
    }

    private static List<string> Texts((string Name, string ContentType, string Content) chunk)
    {
        var document =
            $"<w:document xmlns:w=\"{W}\" xmlns:r=\"{R}\"><w:body><w:p><w:r><w:t>The ministry reports:</w:t></w:r></w:p>" +
            "<w:altChunk r:id=\"rIdChunk\"/><w:p><w:r><w:t>It will go on in 2026.</w:t></w:r></w:p></w:body></w:document>";
        var relationships =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            $"<Relationship Id=\"rIdChunk\" Type=\"{R}/aFChunk\" Target=\"{chunk.Name}\"/></Relationships>";
        var docx = HostileFiles.DocxPackage(
            document,
            [($"word/{chunk.Name}", Encoding.UTF8.GetBytes(chunk.Content)), ("word/_rels/document.xml.rels", Encoding.UTF8.GetBytes(relationships))],
            [($"/word/{chunk.Name}", chunk.ContentType)]);

        return Parsing.Parse("imported.docx", docx).Paragraphs.Select(p => p.Text).ToList();
    }
}
