using Serverless.Shared.Summary.Report;

namespace Serverless.UnitTests.Summary.Report;

/// <summary>
/// A company's name takes no article in English ("Safaricom PLC reports"): the text's "the Safaricom Foundation" names
/// another organisation, whose article is not the company's.
/// </summary>
public sealed class CompanyArticleTests
{
    [Fact]
    public void WritesACompanyWithoutTheArticleOfAnotherNameOpeningOnItsFirstWord()
    {
        var folder = Directory.CreateTempSubdirectory("wsis-company-article-").FullName;
        try
        {
            var path = Path.Combine(folder, "contribution.txt");
            File.WriteAllText(path, "Savanna Mobile PLC – Contribution to the 2025 report on WSIS implementation\n\n" +
                "In 2025, Savanna Mobile PLC extended its 4G broadband network to 98 per cent of the population and switched on 5G in 57 towns.\n\n" +
                "The Savanna Mobile Foundation equipped 120 public schools with digital learning devices and broadband connections.\n");
            var documents = ClassifiedDocuments.Read([path]).Select(d => d.Document).ToArray();
            var draft = ClassifiedDocuments.Builder.Build(ClassifiedDocuments.Compiler.Compile(2025, documents, null, DateTimeOffset.UnixEpoch), "en");

            var sentences = draft.Sentences().Select(s => s.Text).ToArray();
            Assert.Contains(sentences, s => s.StartsWith("Savanna Mobile PLC reports", StringComparison.Ordinal));
            Assert.DoesNotContain(sentences, s => s.Contains("The Savanna Mobile PLC", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
