using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Colors;

namespace Serverless.Shared.Reading;

/// <summary>
/// Letters a PDF draws where no reader of the page can see them: painted neither filled nor stroked (text rendering
/// mode 3 or 7), painted white with nothing drawn under them, lying wholly off the page's paper (its media box), or
/// smaller than a point. Words hidden so would reach the classifier and the summary while no reader of the contribution
/// sees them, as hidden DOCX runs and HTML elements would.
/// An invisible or white letter over a picture or a filled shape is kept: text recognition (OCR) lays its text over the
/// scanned page invisibly, and it is the page's own text (what the picture shows); white type on a coloured band or
/// photograph is a heading or a caption. Only a letter with nothing under it at all is taken as hidden.
/// </summary>
internal static class PdfHiddenLetters
{
    /// <summary>Letters smaller than this (in points) are a third of a millimetre high or less on paper: no one reads them.</summary>
    internal const double MinVisibleSize = 1;

    public static IReadOnlyList<Letter> Without(Page page, IReadOnlyList<Letter> letters)
    {
        var paper = Paper(page);
        var hasPaper = PdfPageSize.HasArea(page);
        PdfBackdrops? backdrops = null;
        List<Letter>? kept = null;
        for (var i = 0; i < letters.Count; i++)
        {
            var letter = letters[i];
            var hidden = (hasPaper && IsOutside(letter, paper)) || (letter.PointSize > 0 && letter.PointSize < MinVisibleSize && !string.IsNullOrWhiteSpace(letter.Value));
            if (!hidden && IsUnpainted(letter))
            {
                backdrops ??= Backdrops(page, paper);
                hidden = !backdrops.AnyUnder(letter.BoundingBox);
            }

            if (hidden && kept is null)
            {
                kept = new List<Letter>(letters.Count);
                for (var j = 0; j < i; j++)
                {
                    kept.Add(letters[j]);
                }
            }
            else if (!hidden)
            {
                kept?.Add(letter);
            }
        }

        return kept ?? letters;
    }

    /// <summary>
    /// The page's paper, where the library gives the letters: it places them on the page as a viewer shows it, the crop
    /// box's corner at 0,0 and turned as the page's <c>/Rotate</c> turns it, so the paper is that box grown by the media
    /// box's reach beyond it (on every side by the widest reach, which a page turned a quarter keeps whichever way it turned).
    /// Letters outside the crop box but on the paper are read: tools that set crop boxes (imposition, trimming the margins)
    /// cut into printed lines, and those are the document's words.
    /// </summary>
    private static PdfRectangle Paper(Page page)
    {
        var media = page.MediaBox.Bounds;
        var crop = page.CropBox.Bounds;
        var reach = Math.Max(0, new[]
        {
            crop.Left - media.Left, media.Right - crop.Right, crop.Bottom - media.Bottom, media.Top - crop.Top,
        }.Max());
        var (width, height) = PdfPageSize.Paper(page);
        return new PdfRectangle(-reach, -reach, width + reach, height + reach);
    }

    /// <summary>The letter lies wholly off the paper (a letter without a box, a space, is never judged by it).</summary>
    private static bool IsOutside(Letter letter, PdfRectangle paper)
    {
        var box = letter.BoundingBox;
        if (box.Width == 0 && box.Height == 0)
        {
            return false;
        }

        return !PdfBackdrops.Overlaps(paper, box);
    }

    /// <summary>Drawn invisibly (no paint at all), or in white (every paint it is drawn with is white).</summary>
    private static bool IsUnpainted(Letter letter) => letter.RenderingMode switch
    {
        TextRenderingMode.Neither or TextRenderingMode.NeitherClip => true,
        TextRenderingMode.Stroke or TextRenderingMode.StrokeClip => IsWhite(letter.StrokeColor),
        TextRenderingMode.FillThenStroke or TextRenderingMode.FillThenStrokeClip => IsWhite(letter.FillColor) && IsWhite(letter.StrokeColor),
        _ => IsWhite(letter.FillColor),
    };

    /// <summary>White in a device colour space; a colour of any other space (a spot colour, a pattern) is not judged.</summary>
    private static bool IsWhite(IColor? color)
    {
        if (color is not (GrayColor or RGBColor or CMYKColor))
        {
            return false;
        }

        var (r, g, b) = color.ToRGBValues();
        return r >= 0.97 && g >= 0.97 && b >= 0.97;
    }

    /// <summary>Where something is drawn that text could be read against: the page's pictures and its filled shapes not in white.</summary>
    private static PdfBackdrops Backdrops(Page page, PdfRectangle paper)
    {
        var backdrops = new PdfBackdrops(paper);
        foreach (var image in page.GetImages())
        {
            backdrops.Add(image.BoundingBox);
        }

        foreach (var path in page.Paths)
        {
            if (path.IsFilled && !IsWhite(path.FillColor) && path.GetBoundingRectangle() is { } box)
            {
                backdrops.Add(box);
            }
        }

        return backdrops;
    }
}
