using Serverless.Shared.Reading;
using Serverless.Shared.Segmentation;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Graphics.Colors;
using UglyToad.PdfPig.PdfFonts;
using UglyToad.PdfPig.Writer;

namespace Serverless.UnitTests.Reading;

/// <summary>
/// Layouts that producers other than the UN's print: ligature glyphs mapped to presentation forms, glyphs without a
/// box, numbers glued to their text or set on a line of their own, tables with narrow columns, justified text with
/// words divided at line ends (the whole files are in <c>tests/renditions/</c>).
/// </summary>
public sealed class PdfProducerLayoutTests
{
    [Fact]
    public void ReadsLigatureAsItsLetters_When_GlyphIsMappedToPresentationForm()
    {
        // Act
        var text = Ligatures.Decompose("Paciﬁc oﬃce, ﬀ ﬂ ﬄ; ½ and x² stay");

        // Assert
        Assert.Equal("Pacific office, ff fl ffl; ½ and x² stay", text);
    }

    [Theory]
    [InlineData("\u6600\u6900", "fi")]
    [InlineData("\u6600\u6600\u6C00", "ffl")]
    [InlineData("\u6600", "\u6600")] // one ideograph is text
    [InlineData("\u4E2D\u6587", "\u4E2D\u6587")] // ideographs with low bytes are text
    public void ReadsLigatureAsItsLetters_When_ItsMappingHasItsBytesSwapped(string mapped, string expected)
    {
        // Arrange: a ligature glyph as Ghostscript's pdfwrite maps it (<66006900> for "fi"), and text that is not so.
        var letter = new Letter(mapped, new PdfRectangle(10, 698, 16, 707), new PdfRectangle(10, 698, 16, 707), new PdfPoint(10, 700),
            new PdfPoint(16, 700), 6, 1, new FontDetails("F", false, 400, false), TextRenderingMode.Fill, GrayColor.Black, GrayColor.Black, 10, 0);

        // Act
        var repaired = PdfSwappedMappings.Repair([letter]);

        // Assert: the box and the rest of the letter kept.
        Assert.Equal((expected, letter.BoundingBox, letter.Width), (repaired[0].Value, repaired[0].BoundingBox, repaired[0].Width));
    }

    [Fact]
    public void ReadsWordsWithLigatures_When_GhostscriptReDistilledThePdf()
    {
        // Arrange: LibreOffice's print of a contribution re-distilled by Ghostscript's pdfwrite (tests/renditions/make.sh).
        var pdf = Path.Combine(CorpusFiles.RepositoryRoot, "tests", "renditions", "ghostscript", "en-unnumbered.libreoffice.pdf");

        // Act
        var text = string.Join("\n", Parsing.Parse("en-unnumbered.pdf", File.ReadAllBytes(pdf)).Paragraphs.Select(p => p.Text));

        // Assert: "Pacific", "first", "office" as written, no ideograph left.
        Assert.Contains("Pacific Islands Forum Secretariat", text, StringComparison.Ordinal);
        Assert.Contains("the first concern of the region", text, StringComparison.Ordinal);
        Assert.DoesNotContain(text, c => c is >= '\u2E80' and <= '\u9FFF');
    }

    [Fact]
    public void GivesLetterABoxFromItsSize_When_FontGivesNone()
    {
        // Arrange: a letter on the baseline 700 at 10 pt whose glyph box has no height (as PdfPig reads cairo's Type 1 fonts).
        var flat = new Letter("a", new PdfRectangle(10, 700, 16, 700), new PdfRectangle(10, 695, 16, 712), new PdfPoint(10, 700),
            new PdfPoint(16, 700), 6, 1, new FontDetails("F", false, 400, false), TextRenderingMode.Fill, GrayColor.Black, GrayColor.Black, 10, 0);

        // Act
        var repaired = PdfGlyphBoxes.Repair([flat]);

        // Assert: the advance kept, a descender's depth below the baseline and an ascender's height above it.
        var box = repaired[0].BoundingBox;
        Assert.Equal((10, 698, 16, 707), (box.Left, Math.Round(box.Bottom, 3), box.Right, Math.Round(box.Top, 3)));
    }

    [Fact]
    public void SplitsWords_When_LettersWithoutBoxesOpenAPage()
    {
        // Arrange: the first line of a page as cairo re-writes LaTeX's: letters without a glyph box (given one of 0.9 em,
        // as the reader does), set touching within a word, a third of an em between words (no space letters) and a
        // tab after the number. The first space comes after only one gap within a word.
        var letters = new List<Letter>();
        var x = 70.0;
        foreach (var (word, after) in new[] { ("1", 15.0), ("to", 3.3), ("continue", 3.3), ("the", 3.3), ("work", 3.3) }.Concat(
                     Enumerable.Repeat(("of", 3.3), 3)))
        {
            foreach (var c in word)
            {
                letters.Add(new Letter(c.ToString(), new PdfRectangle(x, 700, x + 5, 700), new PdfRectangle(x, 698, x + 5, 707), new PdfPoint(x, 700),
                    new PdfPoint(x + 5, 700), 5, 1, new FontDetails("LMRoman10", false, 400, false), TextRenderingMode.Fill, GrayColor.Black, GrayColor.Black, 10, letters.Count));
                x += 5;
            }

            x += after;
        }

        // Act
        var words = PdfWordExtractor.Instance.GetWords(PdfGlyphBoxes.Repair(letters)).Select(w => w.Text).ToList();

        // Assert
        Assert.Equal(["1", "to", "continue", "the", "work", "of", "of", "of"], words);
    }

    [Fact]
    public void KeepsNumberWithItsText_When_NumberTouchesTheText()
    {
        // Arrange: "10." wider than the room kept for numbers, so the text starts right after the full stop, and the
        // continuation line hangs under the text.
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        var letters = page.AddText("10.In the field of e-health, the Commission and the World Health Organization assisted", 11, new PdfPoint(56, 700), font);
        page.AddText("two countries in the adoption of national guidelines on telemedicine.", 11, new PdfPoint(letters[3].Location.X, 686), font);

        // Act
        var paragraphs = Parsing.Parse("glued.pdf", builder.Build()).Paragraphs;

        // Assert
        var paragraph = Assert.Single(paragraphs);
        Assert.Equal(("10", "In the field of e-health, the Commission and the World Health Organization assisted two countries in the adoption of national guidelines on telemedicine."),
            (paragraph.Number, paragraph.Text));
    }

    [Fact]
    public void OpensParagraphWithNumber_When_NumberStandsOnALineOfItsOwn()
    {
        // Arrange: the number set a little higher than its text, so the two do not share a line.
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("1.", 11, new PdfPoint(56, 760), font);
        page.AddText("The Commission reviewed the resilience of networks during emergencies.", 11, new PdfPoint(74, 754), font);
        page.AddText("2.", 11, new PdfPoint(56, 730), font);
        page.AddText("As requested by the General Assembly in its resolution 78/132, the secretariat reported", 11, new PdfPoint(74, 724), font);
        page.AddText("on progress in closing the digital divide.", 11, new PdfPoint(74, 710), font);

        // Act
        var paragraphs = Parsing.Parse("raised.pdf", builder.Build()).Paragraphs;

        // Assert
        Assert.Equal(
            [("1", "The Commission reviewed the resilience of networks during emergencies."),
             ("2", "As requested by the General Assembly in its resolution 78/132, the secretariat reported on progress in closing the digital divide.")],
            paragraphs.Select(p => (p.Number, p.Text)));
    }

    [Fact]
    public void EndsParagraph_When_ItsLastLineIsFullAndMostLinesOfThePageAreShortParagraphs()
    {
        // Arrange: a resolution's first page as wkhtmltopdf prints it: a title block of ten one-line paragraphs, then
        // preambular paragraphs whose lines follow 13 points apart and paragraphs 24 points apart. The first one's last
        // line is as full as its others, so only the space under it ends it; most gaps on the page are such spaces.
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        string[] titleBlock = ["United Nations", "A/RES/81/215", "General Assembly", "Distr.: General", "23 December 2026",
            "Eighty-first session", "Agenda item 16", "Resolution adopted by the General Assembly", "on 19 December 2026", "The General Assembly,"];
        var y = 800.0;
        foreach (var line in titleBlock)
        {
            page.AddText(line, 11, new PdfPoint(56, y), font);
            y -= 24;
        }

        string[][] paragraphs =
        [
            ["Recalling its resolutions on information and communications technologies for sustainable",
             "development, and the outcome of the high-level meeting on the overall review of the",
             "implementation of the outcomes of the World Summit on the Information Society, and its"],
            ["Recognizing that the speed of technological change brings opportunities for every country",
             "but also risks of deeper divides,"],
            ["Noting with concern that many rural communities and small island developing States remain",
             "without affordable broadband access,"],
        ];
        foreach (var paragraph in paragraphs)
        {
            foreach (var line in paragraph)
            {
                page.AddText(line, 11, new PdfPoint(56, y), font);
                y -= 13;
            }

            y -= 11;
        }

        // Act
        var read = Parsing.Parse("preamble.pdf", builder.Build()).Paragraphs.Select(p => p.Text).ToList();

        // Assert
        Assert.Equal(paragraphs.Select(p => string.Join(" ", p)), read.TakeLast(3));
    }

    [Theory]
    [InlineData(12)]
    [InlineData(11)]
    public void TakesCallOutOfTheText_When_CallIsNearlyTheTextsSizeAndRaisedAThirdOfAnEm(double size)
    {
        // Arrange: a footnote call as WeasyPrint sets <sup>: 10.7 pt beside 12 or 11 pt text, its baseline 5.3 pt higher,
        // so it overlaps the line's words by less than half its height; the note at the foot of the page.
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("The Commission reported on the follow-up of the World Summit on the Information Society in", size, new PdfPoint(40, 700), font);
        var last = page.AddText("the region, as the General Assembly requested.", size, new PdfPoint(40, 685), font);
        page.AddText("1", 10.7, new PdfPoint(last[^1].EndBaseLine.X, 690.3), font);
        page.AddText("The secretariat will publish the review in 2026.", size, new PdfPoint(40, 660), font);
        page.AddText("1", 7, new PdfPoint(40, 84), font);
        page.AddText("See resolution 70/125.", 10, new PdfPoint(46, 80), font);

        // Act
        var paragraphs = Parsing.Parse("call.pdf", builder.Build()).Paragraphs;

        // Assert
        var called = paragraphs[0];
        Assert.Equal(("The Commission reported on the follow-up of the World Summit on the Information Society in the region, as the General Assembly requested.", 1),
            (called.Text, called.Footnotes?.Count ?? 0));
    }

    [Fact]
    public void ContinuesListItem_When_ItsClosingSemicolonWrapsToALineOfItsOwn()
    {
        // Arrange: French sets a space before ";", and WeasyPrint wrapped there (letters without accents: the
        // standard fonts of PdfPig's writer have none): the semicolon stands alone, aligned on
        // the item's text, under a line the semicolon would have fitted after.
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("Plus de 2 000 enseignants ont suivi des cours sur les ressources libres, et en outre :", 12, new PdfPoint(56, 760), font);
        page.AddText("a.", 12, new PdfPoint(56, 740), font);
        page.AddText("des cours en ligne ont pu etre traduits en anglais, en arabe et en espagnol", 12, new PdfPoint(72, 740), font);
        page.AddText(";", 12, new PdfPoint(72, 726), font);
        page.AddText("b.", 12, new PdfPoint(56, 712), font);
        page.AddText("des bibliotheques ont ouvert dans douze pays.", 12, new PdfPoint(72, 712), font);

        // Act
        var paragraphs = Parsing.Parse("semicolon.pdf", builder.Build()).Paragraphs;

        // Assert
        Assert.Equal(
            [(null, "Plus de 2 000 enseignants ont suivi des cours sur les ressources libres, et en outre :"),
             ("a", "des cours en ligne ont pu etre traduits en anglais, en arabe et en espagnol ;"),
             ("b", "des bibliotheques ont ouvert dans douze pays.")],
            paragraphs.Select(p => (p.Number, p.Text)));
    }

    [Fact]
    public void ReadsTableRows_When_ColumnsAreOnlyASpaceApart()
    {
        // Arrange: a table as a word processor sizes it to its text: the second column starts a space after the longest
        // first cell, the third a space after the second; no ruling.
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("The table below shows the average scores by group of countries in the region for both years.", 11, new PdfPoint(56, 760), font);
        string[][] rows = [["Gulf Cooperation Council", "0.78", "0.83"], ["Middle-income countries", "0.52", "0.57"], ["Least developed countries", "0.21", "0.26"]];
        var second = 56 + rows.Max(r => Width(page, r[0], font)) + 4;
        var third = second + Width(page, "0.78", font) + 4;
        page.AddText("Group of countries", 11, new PdfPoint(56, 736), bold);
        page.AddText("2023", 11, new PdfPoint(second + 1, 736), bold);
        page.AddText("2025", 11, new PdfPoint(third + 1, 736), bold);
        for (var i = 0; i < rows.Length; i++)
        {
            var y = 720 - (i * 16);
            page.AddText(rows[i][0], 11, new PdfPoint(56, y), font);
            page.AddText(rows[i][1], 11, new PdfPoint(second, y), font);
            page.AddText(rows[i][2], 11, new PdfPoint(third, y), font);
        }

        // Act
        var paragraphs = Parsing.Parse("table.pdf", builder.Build()).Paragraphs;

        // Assert
        Assert.Equal(
            ["Group of countries | 2023 | 2025", "Gulf Cooperation Council | 0.78 | 0.83", "Middle-income countries | 0.52 | 0.57", "Least developed countries | 0.21 | 0.26"],
            paragraphs.Where(p => p.Kind == ParagraphKind.Table).Select(p => p.Text));
    }

    [Fact]
    public void ReadsJustifiedLine_When_ItsStretchedSpacesAreAsWideAsAnEm()
    {
        // Arrange: groff justifies a line of long words, whose next word did not fit, by stretching each of its spaces
        // alike to nearly an em, as wide as the gap between a table's cells; the paragraph above sets the right edge.
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.TimesRoman);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("The Conference reviewed the implementation of the outcomes of the World Summit on the", 10, new PdfPoint(90, 760), font);
        page.AddText("Information Society by the Union and its Member States since its last session.", 10, new PdfPoint(90, 748), font);
        string[] words = ["The", "Plenipotentiary", "Conference", "of", "the", "International", "Telecommunication", "Union"];
        var right = 90 + Width(page, "The Conference reviewed the implementation of the outcomes of the World Summit on the", font, 10);
        var space = (right - 90 - words.Sum(w => Width(page, w, font, 10))) / (words.Length - 1);
        Assert.InRange(space, 9, 10); // nearly an em, the test's premise
        var x = 90.0;
        foreach (var word in words)
        {
            page.AddText(word, 10, new PdfPoint(x, 730), font);
            x += Width(page, word, font, 10) + space;
        }

        page.AddText("(Bucharest, 2022),", 10, new PdfPoint(90, 718), font);

        // Act
        var paragraphs = Parsing.Parse("justified.pdf", builder.Build()).Paragraphs;

        // Assert
        Assert.DoesNotContain(paragraphs, p => p.Kind == ParagraphKind.Table);
        Assert.Equal("The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),", paragraphs[^1].Text);
    }

    [Fact]
    public void JoinsDividedWordsAndKeepsNames_When_JustifiedTextDividesWordsFoundNowhereElse()
    {
        // Arrange: justified lines (all end at 500); the divided words and their pieces appear nowhere else undivided.
        string[] texts =
        [
            "The Secretariat coordinated the regional follow-up of the Summit on the Informa-",
            "tion Society in fourteen island countries. This contribution summa-",
            "rizes what was done, and a workshop was held in Addis-",
            "Abeba in October with the ministries of the region.",
        ];

        // Act
        var settled = JustifiedLines.Settle(texts);

        // Assert
        Assert.Equal(
            "The Secretariat coordinated the regional follow-up of the Summit on the Information Society in fourteen island countries. " +
            "This contribution summarizes what was done, and a workshop was held in Addis-Abeba in October with the ministries of the region.",
            settled);
    }

    private static double Width(PdfPageBuilder page, string text, PdfDocumentBuilder.AddedFont font, double size = 11)
    {
        var letters = page.MeasureText(text, size, new PdfPoint(0, 0), font);
        return letters[^1].BoundingBox.Right - letters[0].Location.X;
    }
}
