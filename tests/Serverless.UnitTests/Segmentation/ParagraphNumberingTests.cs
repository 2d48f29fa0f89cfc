using Serverless.Shared.Segmentation;

namespace Serverless.UnitTests.Segmentation;

public sealed class ParagraphNumberingTests
{
    [Theory]
    [InlineData("- 12. Prie le Secrétaire général", "12", "Prie le Secrétaire général")]
    [InlineData("*\t4. Décide", "4", "Décide")]
    [InlineData("3.11. Les indicateurs", "3.11", "Les indicateurs")]
    [InlineData("2.6 Mesures", "2.6", "Mesures")]
    [InlineData("(a) les pays", "a", "les pays")]
    [InlineData("ii)  les pays", "ii", "les pays")]
    [InlineData("IV. Conclusions", "IV", "Conclusions")]
    [InlineData("B. Infrastructure", "B", "Infrastructure")]
    public void SplitsNumberAndBody_When_ParagraphOpensWithASpacedNumber(string text, string number, string body)
    {
        // Act
        var (found, _, bodyStart) = ParagraphNumbering.Split(text);

        // Assert
        Assert.Equal(number, found);
        Assert.Equal(body, text[bodyStart..].Trim());
    }

    [Theory]
    [InlineData("2025 est une année")]
    [InlineData("Dans le cadre")]
    [InlineData("Vi sont")]
    public void FindsNoNumber_When_ParagraphOpensWithAWordOrAYear(string text)
    {
        // Act
        var (found, marker, bodyStart) = ParagraphNumbering.Split(text);

        // Assert
        Assert.Null(found);
        Assert.Equal(NumberMarker.None, marker);
        Assert.Equal(0, bodyStart);
    }
}
