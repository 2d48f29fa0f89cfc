using Serverless.Shared.Reading;
using UglyToad.PdfPig.Core;

namespace Serverless.UnitTests.Reading;

/// <summary>
/// What lies under a letter is looked up by place, so that a page of many shapes and many invisible letters costs a
/// look at the shapes near each letter; a cell crowded with shapes counts as drawn all over.
/// </summary>
public sealed class PdfBackdropsTests
{
    private static readonly PdfRectangle Page = new(0, 0, 640, 640);

    [Fact]
    public void FindsTheShapeUnderALetter_AndNothingUnderALetterElsewhere()
    {
        var backdrops = new PdfBackdrops(Page);
        backdrops.Add(new PdfRectangle(100, 100, 300, 130));

        Assert.True(backdrops.AnyUnder(new PdfRectangle(110, 110, 118, 120)));
        Assert.True(backdrops.AnyUnder(new PdfRectangle(295, 125, 305, 135)));
        Assert.False(backdrops.AnyUnder(new PdfRectangle(110, 200, 118, 210)));
        Assert.False(backdrops.AnyUnder(new PdfRectangle(310, 110, 318, 120)));
    }

    [Fact]
    public void CountsACellAsDrawnAllOver_When_MoreShapesReachItThanItLists()
    {
        // Sixty-five dots in one 20-point cell (a chart's markers): a letter between them has something under it.
        var backdrops = new PdfBackdrops(Page);
        for (var i = 0; i < 65; i++)
        {
            backdrops.Add(new PdfRectangle(401 + (i % 8) * 2, 401 + (i / 8) * 2, 401.5 + (i % 8) * 2, 401.5 + (i / 8) * 2));
        }

        Assert.True(backdrops.AnyUnder(new PdfRectangle(418, 418, 419, 419)));
        Assert.False(backdrops.AnyUnder(new PdfRectangle(10, 10, 18, 20)));
    }

    [Fact]
    public void FindsAShapeOffThePage_InTheEdgeCells()
    {
        var backdrops = new PdfBackdrops(Page);
        backdrops.Add(new PdfRectangle(-500, -500, -400, -400));

        Assert.True(backdrops.AnyUnder(new PdfRectangle(-450, -450, -440, -440)));
        Assert.False(backdrops.AnyUnder(new PdfRectangle(5, 5, 10, 10)));
    }
}
