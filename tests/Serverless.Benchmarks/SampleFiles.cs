using Serverless.UnitTests.Reading;

namespace Serverless.Benchmarks;

/// <summary>Writes the generated samples of <c>samples/</c> (Markdown, HTML, DOCX, PDF) from the documents the round-trip tests use.</summary>
public static class SampleFiles
{
    public static void Write(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "itu-contribution-2025.md"), SampleDocuments.ItuContribution.ToMarkdown());
        File.WriteAllText(Path.Combine(folder, "unesco-contribution-2025.html"), SampleDocuments.UnescoContributionFrench.ToHtml());
        File.WriteAllBytes(Path.Combine(folder, "itu-contribution-2025.docx"), DocxSampleWriter.Write(SampleDocuments.ItuContribution, "ITU, Measuring digital development: Facts and Figures 2024."));
        File.WriteAllBytes(Path.Combine(folder, "itu-contribution-2025.pdf"), PdfSampleWriter.Write(SampleDocuments.ItuContribution));
        File.WriteAllBytes(Path.Combine(folder, "unesco-contribution-2025.docx"), DocxSampleWriter.Write(SampleDocuments.UnescoContributionFrench));
        File.WriteAllBytes(Path.Combine(folder, "unesco-contribution-2025.pdf"), PdfSampleWriter.Write(SampleDocuments.UnescoContributionFrench));
    }
}
