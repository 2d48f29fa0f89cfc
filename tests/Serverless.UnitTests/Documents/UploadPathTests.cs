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
}
