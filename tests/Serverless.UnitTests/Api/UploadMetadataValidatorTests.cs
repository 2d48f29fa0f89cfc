using Serverless.Shared.Api;

namespace Serverless.UnitTests.Api;

public class UploadMetadataValidatorTests
{
    [Theory]
    [InlineData(1989)]
    [InlineData(2201)]
    [InlineData(20255)]
    public void RefusesTheYear_When_ItIsOutsideTheYearsThePlatformHolds(int year)
    {
        var problem = UploadMetadataValidator.Problem(year, null, "\"year\": 2025");

        Assert.NotNull(problem);
        Assert.StartsWith($"'{year}' is not a year", problem);
        Assert.Contains("from 1990 to 2200", problem);
        Assert.EndsWith("e.g. \"year\": 2025.", problem);
    }

    [Theory]
    [InlineData(1990, "ITU")]
    [InlineData(2200, "Commission économique pour l'Afrique")]
    [InlineData(null, null)]
    public void AcceptsTheMetadata_When_YearAndEntityFit(int? year, string? entity)
    {
        Assert.Null(UploadMetadataValidator.Problem(year, entity, "year=2025"));
    }

    [Theory]
    [InlineData("", "is not an entity name")]
    [InlineData("..", "is not an entity name")]
    [InlineData("a/b", "may not contain '/'")]
    [InlineData("IT\nU", "control characters")]
    [InlineData("2025", "looks like a year")]
    public void RefusesTheEntity_When_NoBlobFolderCouldHoldIt(string entity, string expected)
    {
        Assert.Contains(expected, UploadMetadataValidator.Problem(2025, entity, "year=2025"));
    }

    [Fact]
    public void ReportsTheYearFirst_When_YearAndEntityAreBothWrong()
    {
        Assert.Contains("1850", UploadMetadataValidator.Problem(1850, "a/b", "year=2025"));
    }

    [Theory]
    [InlineData("2025", " ITU ", 2025, "ITU")]
    [InlineData(null, null, null, null)]
    [InlineData("", "   ", null, null)]
    public void ReadsTextValues_When_TheyFit(string? yearText, string? entityText, int? year, string? entity)
    {
        var fits = UploadMetadataValidator.TryRead(yearText, entityText, "year=2025", out var readYear, out var readEntity, out var problem);

        Assert.True(fits, problem);
        Assert.Equal(year, readYear);
        Assert.Equal(entity, readEntity);
    }

    [Theory]
    [InlineData("nineteen", "ITU", "'nineteen' is not a year")]
    [InlineData("1850", "ITU", "from 1990 to 2200, e.g. year=2025")]
    [InlineData("2025", "..", "is not an entity name")]
    public void RefusesTextValues_When_TheyDoNotFit(string yearText, string entityText, string expected)
    {
        Assert.False(UploadMetadataValidator.TryRead(yearText, entityText, "year=2025", out _, out _, out var problem));
        Assert.Contains(expected, problem);
    }

    [Theory]
    [InlineData("../../report.pdf", "report.pdf")]
    [InlineData("CON.txt", "_CON.txt")]
    public void KeepsTheSafeName_When_AFileNameIsGiven(string given, string expected)
    {
        Assert.True(UploadMetadataValidator.TryReadName(given, out var name, out _));
        Assert.Equal(expected, name);
    }

    [Fact]
    public void RefusesTheName_When_NothingUsableIsLeft()
    {
        Assert.False(UploadMetadataValidator.TryReadName("..", out _, out var problem));
        Assert.StartsWith("'..' is not a file name", problem);
    }
}
