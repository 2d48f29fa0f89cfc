using Serverless.Shared.Documents;

namespace Serverless.UnitTests.Documents;

public class UploadPathTests
{
    [Theory]
    [InlineData("2025/ITU/report.pdf", 2025, "ITU", "report.pdf")]
    [InlineData("2025/report.pdf", 2025, null, "report.pdf")]
    [InlineData("UNESCO/report.docx", null, "UNESCO", "report.docx")]
    [InlineData("report.txt", null, null, "report.txt")]
    public void ReadsYearEntityAndFileName_When_PresentInPath(string blobName, int? year, string? entity, string fileName)
    {
        var path = UploadPath.Parse(blobName);

        Assert.Equal(new UploadPath(year, entity, fileName), path);
    }

    [Fact]
    public void RoundTripsToTheSameBlobName()
    {
        Assert.Equal("2024/ECA/contribution.md", UploadPath.Parse("2024/ECA/contribution.md").ToBlobName());
    }

    [Theory]
    [InlineData("1850")]
    [InlineData("20250")]
    [InlineData("twenty")]
    public void RejectsYears_When_NotPlausible(string text)
    {
        Assert.False(UploadPath.TryParseYear(text, out _));
    }
    [Theory]
    [InlineData("youth-igf-senegal-2025.txt", 2025)]
    [InlineData("2024_WSIS_input_UNESCO.docx", 2024)]
    [InlineData("Contribution SMSI 2025 (version finale) 2025.pdf", 2025)]
    [InlineData("rapport-2024-2025.pdf", null)]
    [InlineData("ref-120251.pdf", null)]
    [InlineData("contribution.md", null)]
    public void ReadsTheOneYearAFileNameGives(string fileName, int? year) =>
        Assert.Equal(year, UploadPath.YearInFileName(fileName));

    [Fact]
    public void DatesAContributionThatNamesNoYear_ByItsFileName_RatherThanByItsUploadDate()
    {
        var folder = Directory.CreateTempSubdirectory("wsis-year-in-name-").FullName;
        try
        {
            var path = Path.Combine(folder, "youth-igf-senegal-2025.txt");
            File.WriteAllText(path, "Réseau des jeunes pour la gouvernance de l'Internet au Sénégal\n\n" +
                "Cette année, le Réseau a organisé le troisième Forum des jeunes sur la gouvernance de l'Internet à Thiès, qui a réuni 420 participants.\n");

            var record = Serverless.UnitTests.Summary.ClassifiedDocuments.Read([path]).Single().Record;

            Assert.Equal((2025, "file-name"), (record.Year, record.YearSource));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
