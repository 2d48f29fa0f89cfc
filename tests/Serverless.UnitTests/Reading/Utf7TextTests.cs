using System.Text;

namespace Serverless.UnitTests.Reading;

/// <summary>
/// Text saved in UTF-7 (letters past ASCII written in base 64 between <c>+</c> and <c>-</c>) is read as its letters, with
/// its byte order mark or without; ASCII text whose <c>+</c> signs code no such letters is read as written. Before, a
/// UTF-7 text was read as ASCII: "Le Conseil +AOk-conomique et social".
/// </summary>
public sealed class Utf7TextTests
{
    private const string Coded = "Le Conseil +AOk-conomique et social prie le Secr+AOk-taire g+AOk-n+AOk-ral de pr+AOk-senter un rapport sur la soci+AOk-t+AOk de l+IBk-information.";
    private const string Letters = "Le Conseil économique et social prie le Secrétaire général de présenter un rapport sur la société de l’information.";

    [Theory]
    [InlineData("note.txt", "")]
    [InlineData("note.txt", "+/v8-")]
    [InlineData("note.md", "")]
    [InlineData("note.md", "+/v8-")]
    public void ReadsTheLetters_When_TextIsInUtf7(string name, string byteOrderMark)
    {
        var paragraphs = Parsing.Parse(name, Encoding.ASCII.GetBytes(byteOrderMark + Coded + "\n")).Paragraphs;

        Assert.Equal(Letters, paragraphs.Single().Text);
    }

    [Fact]
    public void ReadsTheLetters_When_TheByteOrderMarkRunsOnIntoTheFirstLetter()
    {
        // The mark and a first letter past ASCII share one run: "+/v8AyQ-" is the mark and "É".
        var paragraphs = Parsing.Parse("note.txt", Encoding.ASCII.GetBytes("+/v8AyQ-tat de l+IBk-information.\n")).Paragraphs;

        Assert.Equal("État de l’information.", paragraphs.Single().Text);
    }

    [Theory]
    [InlineData("The ITU+AB-12 meeting set C++ targets: a+b, +41 22 730 5111 and +AOk once.")]
    [InlineData("Results improved +25-30 per cent, +Alpha-Beta and +Bonus-Track were named.")]
    public void ReadsAsciiAsWritten_When_ItsPlusSignsCodeNoLettersPastAscii(string text)
    {
        var paragraphs = Parsing.Parse("note.txt", Encoding.ASCII.GetBytes(text + "\n")).Paragraphs;

        Assert.Equal(text, paragraphs.Single().Text);
    }
}
