using Serverless.IntegrationTests.Hostile;

namespace Serverless.UnitTests.Reading;

/// <summary>A letter-size PDF of one page whose content is written by hand, in Helvetica (font <c>/F1</c>).</summary>
internal static class OnePagePdf
{
    /// <param name="content">The page's content stream.</param>
    /// <param name="catalogEntries">More entries of the catalogue (<c>/MarkInfo &lt;&lt; /Marked true &gt;&gt;</c>).</param>
    /// <param name="fontEntries">More entries of the font (<c>/Encoding /WinAnsiEncoding</c>, for <c>¹</c> as <c>\271</c>).</param>
    public static byte[] Write(string content, string catalogEntries = "", string fontEntries = "") => HostileFiles.MiniPdf(
        $"<< /Type /Catalog /Pages 2 0 R {catalogEntries}>>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
        $"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica {fontEntries}>>");
}
