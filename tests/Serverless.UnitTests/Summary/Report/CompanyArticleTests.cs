using Serverless.Shared.Summary.Report;

namespace Serverless.UnitTests.Summary.Report;

/// <summary>
/// A company's name takes no article in English ("Safaricom PLC reports"): the text's "the Safaricom Foundation" names
/// another organisation, whose article is not the company's. A joint contribution's partners take a plural verb.
/// </summary>
public sealed class CompanyArticleTests
{
    [Theory]
    [InlineData("en", "report: “In 2025")]
    [InlineData("fr", "indiquent (original en anglais)")]
    public void GivesAJointContributionAPluralVerb_ThoughAPartnersAbbreviationIsWrittenInSmallLetters(string language, string verb)
    {
        var sentences = Draft(language, "Joint submission by the Association for Progressive Communications (APC), Derechos Digitales and the Kenya ICT Action Network (KICTANet) to the 2025 report on WSIS\n\n" +
            "In 2025, the three organisations supported 31 community networks in 14 countries, connecting 27,000 people in rural areas to affordable broadband.\n");

        Assert.Contains(sentences, s => s.Contains(verb, StringComparison.Ordinal));
    }

    private static string[] Draft(string language, string text)
    {
        var folder = Directory.CreateTempSubdirectory("wsis-joint-verb-").FullName;
        try
        {
            var path = Path.Combine(folder, "contribution.txt");
            File.WriteAllText(path, text);
            var documents = ClassifiedDocuments.Read([path]).Select(d => d.Document).ToArray();
            return ClassifiedDocuments.Builder.Build(ClassifiedDocuments.Compiler.Compile(2025, documents, null, DateTimeOffset.UnixEpoch), language).Sentences().Select(s => s.Text).ToArray();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void GivesANameNoArticleOfAnotherNameOpeningOnTheSamePlace()
    {
        // "the Sahel Mobile Academy" is the company's academy: "Sahel" is a place, no noun standing for "Sahel Mobile Telecom".
        var sentences = Draft("en", "# Sahel Mobile Telecom: contribution to the 2025 WSIS progress report\n\n" +
            "In 2025, Sahel Mobile Telecom commissioned 640 new 4G sites, 410 of them solar-powered, in Niger and Mali.\n\n" +
            "The Sahel Mobile Academy trained 2,300 young people in network maintenance and coding in 2025.\n");

        Assert.Contains(sentences, s => s.Contains("Sahel Mobile Telecom", StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.Contains("The Sahel Mobile Telecom", StringComparison.Ordinal));
    }

    [Fact]
    public void GivesAnOfficeNamedAfterAnotherOrganisationsAbbreviation_NoArticleOfThatOrganisation()
    {
        var sentences = Draft("en", "UNDP Bangladesh: input to the 2025 report of the Secretary-General on WSIS implementation\n\n" +
            "This note was prepared by the country office for inclusion in the UNDP input to the CSTD.\n\n" +
            "In 2025, the country office supported the Government of Bangladesh in moving 142 public services onto the national digital service platform.\n");

        Assert.Contains(sentences, s => s.StartsWith("UNDP Bangladesh reports", StringComparison.Ordinal));
    }

    [Fact]
    public void GivesAnOrganisationTheArticleOfAnotherNameOpeningOnItsFirstWord()
    {
        var sentences = Draft("en", "Input of the Mekong Secretariat to the 2025 WSIS report\n\n" +
            "Under the Mekong Digital Masterplan, member States extended 4G broadband coverage to 96 per cent of the region's population in 2025.\n");

        Assert.Contains(sentences, s => s.StartsWith("The Mekong Secretariat reports", StringComparison.Ordinal));
    }

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
