using System.Net.Http.Headers;
using Serverless.Shared.Downloads;

namespace Serverless.UnitTests.Downloads;

public class DownloadFileNameTests
{
    [Fact]
    public void TakesTheDeclaredName_When_TheSourceSendsContentDisposition()
    {
        var headers = Headers("application/pdf");
        headers.ContentDisposition = ContentDispositionHeaderValue.Parse("attachment; filename=\"A_80_62.pdf\"");

        Assert.Equal("A_80_62.pdf", DownloadFileName.For(new Uri("https://documents.un.org/api/symbol/access?s=A/80/62"), headers));
    }

    [Fact]
    public void TakesTheLastSegmentOfTheAddress_Unescaped()
    {
        Assert.Equal("rapport annuel.docx", DownloadFileName.For(new Uri("https://www.itu.int/docs/rapport%20annuel.docx"), Headers("application/octet-stream")));
    }

    [Theory]
    [InlineData("https://undocs.org/A/RES/79/194", "application/pdf", "194.pdf")]
    [InlineData("https://www.itu.int/", "text/html", "document.html")]
    [InlineData("https://www.itu.int/en/wsis", "text/plain", "wsis.txt")]
    public void AddsTheExtensionOfTheContentType_When_TheNameHasNone(string url, string type, string expected)
    {
        Assert.Equal(expected, DownloadFileName.For(new Uri(url), Headers(type)));
    }

    [Fact]
    public void KeepsOnlyTheFileName_When_TheDeclaredNameCarriesAPath()
    {
        var headers = Headers("text/plain");
        headers.ContentDisposition = ContentDispositionHeaderValue.Parse("attachment; filename=\"../../etc/passwd\"");

        Assert.Equal("passwd.txt", DownloadFileName.For(new Uri("https://www.un.org/x"), headers));
    }

    private static HttpContentHeaders Headers(string contentType)
    {
        var content = new ByteArrayContent([]);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return content.Headers;
    }
}
