using System.Text;
using Serverless.Shared.Reading;

namespace Serverless.UnitTests.Reading;

public sealed class LineLengthTests
{
    [Theory]
    [InlineData("oneline.txt")]
    [InlineData("oneline.md")]
    public void RefusesText_When_ALineIsLongerThanTheLimit(string name)
    {
        var text = new StringBuilder().Insert(0, "Broadband for all. ", (ReadingLimits.MaxLineLength / 19) + 10).ToString();

        var error = Assert.Throws<UnreadableDocumentException>(() => Parsing.Parse(name, text));

        Assert.Contains("without a line break", error.Message);
    }

    [Theory]
    [InlineData("long.txt")]
    [InlineData("long.md")]
    public void ReadsText_When_ALongLineIsWithinTheLimit(string name)
    {
        var line = new StringBuilder().Insert(0, "Broadband for all. ", (ReadingLimits.MaxLineLength / 19) - 10).ToString();

        var document = Parsing.Parse(name, "# Title\n\n" + line + "\n\nLast paragraph.\n");

        Assert.Contains(document.Paragraphs, p => p.Text.Length > ReadingLimits.MaxLineLength / 2);
    }
}
