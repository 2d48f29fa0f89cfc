using Serverless.Shared.Documents;

namespace Serverless.UnitTests.Documents;

public class UploadNamesTests
{
    [Theory]
    [InlineData("report.pdf", "report.pdf")]
    [InlineData("..\\x.pdf", "x.pdf")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("a/b\\c.docx", "c.docx")]
    [InlineData("evil\r\nINFO forged.txt", "evilINFO forged.txt")]
    [InlineData("  .hidden.md. ", "hidden.md")]
    [InlineData("CON.txt", "_CON.txt")]
    [InlineData("nul", "_nul")]
    [InlineData("gpj.\u202Etxt", "gpj.txt")]
    public void KeepsOnlyTheLastSafeSegment_When_ANameCarriesPathsOrControls(string raw, string expected)
    {
        Assert.Equal(expected, UploadNames.CleanFileName(raw));
    }

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("...")]
    [InlineData("dir/")]
    [InlineData("\u0000\u0001")]
    [InlineData("   ")]
    public void GivesNoName_When_NothingUsableIsLeft(string raw)
    {
        Assert.Null(UploadNames.CleanFileName(raw));
    }

    [Fact]
    public void CutsALongNameButKeepsItsExtension()
    {
        var name = UploadNames.CleanFileName(new string('a', 5000) + ".pdf")!;

        Assert.Equal(UploadNames.MaxFileNameLength, name.Length);
        Assert.EndsWith("a.pdf", name);
    }

    [Theory]
    [InlineData("\U0001F600")] // an emoji: two UTF-16 characters
    [InlineData("\U0001D49C")] // a mathematical letter, outside the first plane
    [InlineData("e\u0301")] // a letter and its accent written apart
    public void CutsALongNameBetweenWholeLetters_When_EachLetterTakesTwoCharacters(string letter)
    {
        // Before: cut at 197 characters, the name kept the first half of its last emoji (a lone surrogate, written by
        // storage and JSON as U+FFFD) or an accent without its letter.
        var name = UploadNames.CleanFileName(string.Concat(Enumerable.Repeat(letter, 300)) + ".md")!;

        Assert.True(name.Length <= UploadNames.MaxFileNameLength);
        Assert.EndsWith(letter + ".md", name);
        Assert.Equal(0, (name.Length - 3) % letter.Length);
    }

    [Theory]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("IT\nU")]
    [InlineData("2025")]
    public void RefusesAnEntity_When_ItIsNotAFolderName(string entity)
    {
        Assert.NotNull(UploadNames.EntityProblem(entity));
    }

    [Theory]
    [InlineData("ITU")]
    [InlineData("UN-Habitat")]
    [InlineData("Économie et société")]
    public void AcceptsAnEntity_When_ItIsAName(string entity)
    {
        Assert.Null(UploadNames.EntityProblem(entity));
    }

    [Fact]
    public void PutsTheContentIdBeforeTheExtension()
    {
        Assert.Equal("2025/ITU/report-0123456789ab.pdf", UploadNames.WithContentId("2025/ITU/report.pdf", "0123456789abcdef" + new string('0', 48)));
    }

    [Fact]
    public void WritesControlCharactersEscaped_When_LoggingUserText()
    {
        Assert.Equal("a\\u000d\\u000aINFO b", UploadNames.ForLog("a\r\nINFO b"));
    }

    [Theory]
    [InlineData("2033/../e.txt", 2033, null, "e.txt")]
    [InlineData("2025/./ITU/r.md", 2025, "ITU", "r.md")]
    [InlineData("2025/IT\u0007U/r.md", 2025, null, "r.md")]
    public void NeverTakesADotSegmentOrControlForTheEntity_When_ParsingABlobName(string blobName, int? year, string? entity, string fileName)
    {
        Assert.Equal(new UploadPath(year, entity, fileName), UploadPath.Parse(blobName));
    }
}
