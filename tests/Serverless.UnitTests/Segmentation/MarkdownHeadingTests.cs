using System.Text.RegularExpressions;
using Serverless.Shared.Segmentation;

namespace Serverless.UnitTests.Segmentation;

/// <summary>The span scan of heading lines gives what the regex it replaced gave.</summary>
public sealed partial class MarkdownHeadingTests
{
    [Theory]
    [InlineData("# Title")]
    [InlineData("###### Six")]
    [InlineData("####### Seven")]
    [InlineData("#Title")]
    [InlineData("##")]
    [InlineData("## #")]
    [InlineData("## C#")]
    [InlineData("## Closed ##")]
    [InlineData("## Spaced   \t ###")]
    [InlineData("## a # b ##")]
    [InlineData("#\u00a0No-break space")]
    public void MatchesTheRegex_When_LineIsAHeadingOrAlmost(string line) => AssertSame(line);

    [Fact]
    public void MatchesTheRegex_When_LinesAreRandom()
    {
        var random = new Random(2025);
        const string alphabet = "#  \tab.\u00a0";
        for (var i = 0; i < 20_000; i++)
        {
            var chars = new char[random.Next(1, 14)];
            chars[0] = '#';
            for (var c = 1; c < chars.Length; c++)
            {
                chars[c] = alphabet[random.Next(alphabet.Length)];
            }

            AssertSame(new string(chars).Trim());
        }
    }

    private static void AssertSame(string line)
    {
        var expected = Heading().Match(line);
        var parsed = MarkdownHeading.TryParse(line, out var level, out var text);
        Assert.Equal(expected.Success, parsed);
        if (parsed)
        {
            Assert.Equal(expected.Groups["hashes"].Length, level);
            Assert.Equal(expected.Groups["text"].Value, text);
        }
    }

    [GeneratedRegex(@"^(?<hashes>#{1,6})\s+(?<text>.+?)\s*#*$")]
    private static partial Regex Heading();
}
