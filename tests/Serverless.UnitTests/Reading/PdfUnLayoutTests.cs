using Serverless.Shared.Reading;
using Serverless.Shared.Segmentation;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Serverless.UnitTests.Reading;

/// <summary>
/// Layouts of UN and ITU documents printed by any producer: numbers set apart from their text by a tab, lettered
/// sub-paragraphs in parentheses, a title block of short lines above two headings (the whole files are in
/// <c>tests/renditions/sources/un/</c> and their PDFs).
/// </summary>
public sealed class PdfUnLayoutTests
{
    private static readonly string[][] Bodies =
    [
        ["The number of people using the internet continued to grow, though more slowly than in the", "previous decade, and growth was strongest in the least developed countries."],
        ["Affordability remained the main barrier: an entry-level plan cost more than five per cent", "of monthly income per person in half of the least developed countries."],
        ["Gaps between women and men, and between rural and urban areas, narrowed slightly, but", "every region still reported a gap of several points in the use of mobile internet."],
    ];

    [Fact]
    public void ReadsNumber_When_BareNumberIsSetApartByATab()
    {
        // Arrange: a Roman section number and a paragraph number without a full stop, each a tab (two ems) before its
        // text; then a paragraph that opens with a number followed by a word space only, which is text.
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("II", 14, new PdfPoint(56, 760), bold);
        page.AddText("Activities carried out in 2025", 14, new PdfPoint(92, 760), bold);
        page.AddText("9", 11, new PdfPoint(56, 730), font);
        page.AddText("We know that investments in networks are not enough and that they must go hand in", 11, new PdfPoint(92, 730), font);
        page.AddText("hand with digital skills.", 11, new PdfPoint(56, 716), font);
        page.AddText("12 new sites were connected to the national network during the year.", 11, new PdfPoint(56, 690), font);

        // Act
        var paragraphs = Parsing.Parse("tabbed.pdf", builder.Build()).Paragraphs;

        // Assert
        Assert.Equal(
            [(ParagraphKind.Heading, "II", "Activities carried out in 2025"),
             (ParagraphKind.Paragraph, "9", "We know that investments in networks are not enough and that they must go hand in hand with digital skills."),
             (ParagraphKind.Paragraph, null, "12 new sites were connected to the national network during the year.")],
            paragraphs.Select(p => (p.Kind, p.Number, p.Text)));
    }

    [Fact]
    public void ReadsTableRow_When_RowOpensWithANumberAndWideGaps()
    {
        // Arrange: a number a tab before its text is a paragraph number only where no other gap of the line is as wide:
        // a row of figures keeps its first cell.
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("The figures below give the sites connected in each of the three years of the programme.", 11, new PdfPoint(56, 760), font);
        for (var i = 0; i < 3; i++)
        {
            page.AddText($"{i + 1}", 11, new PdfPoint(56, 736 - (i * 16)), font);
            page.AddText($"{120 + i}", 11, new PdfPoint(120, 736 - (i * 16)), font);
            page.AddText($"{40 + i}", 11, new PdfPoint(200, 736 - (i * 16)), font);
        }

        // Act
        var paragraphs = Parsing.Parse("figures.pdf", builder.Build()).Paragraphs;

        // Assert
        Assert.Equal(["1 | 120 | 40", "2 | 121 | 41", "3 | 122 | 42"], paragraphs.Where(p => p.Kind == ParagraphKind.Table).Select(p => p.Text));
    }

    [Fact]
    public void ReadsLetterAsNumber_When_SubParagraphIsLetteredInParentheses()
    {
        // Arrange: an operative paragraph and its sub-paragraphs "(a)", "(b)", each letter a tab before its text.
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("2.", 11, new PdfPoint(56, 760), font);
        page.AddText("Encourages Member States to include digital connectivity in their strategies:", 11, new PdfPoint(92, 760), font);
        page.AddText("(a)", 11, new PdfPoint(92, 740), font);
        page.AddText("to adopt policies that favour infrastructure sharing;", 11, new PdfPoint(128, 740), font);
        page.AddText("(b)", 11, new PdfPoint(92, 720), font);
        page.AddText("to support community networks in rural areas;", 11, new PdfPoint(128, 720), font);

        // Act
        var paragraphs = Parsing.Parse("lettered.pdf", builder.Build()).Paragraphs;

        // Assert
        Assert.Equal(
            [("2", "Encourages Member States to include digital connectivity in their strategies:"),
             ("a", "to adopt policies that favour infrastructure sharing;"),
             ("b", "to support community networks in rural areas;")],
            paragraphs.Select(p => (p.Number, p.Text)));
    }

    [Fact]
    public void KeepsHeadingsApart_When_TwoHeadingsFollowATitleBlock()
    {
        // Arrange: a first page of short lines two lines apart (a symbol, a date, a session: no wrapped body line to
        // learn the line spacing from), then two headings in 16 pt, two ems apart, the second wrapped over two lines.
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var page = builder.AddPage(PageSize.A4);
        string[] block = ["A/81/64", "Distr.: General", "12 March 2026", "Original: English", "Eighty-first session"];
        for (var i = 0; i < block.Length; i++)
        {
            page.AddText(block[i], 11, new PdfPoint(56, 780 - (i * 28)), font);
        }

        page.AddText("Report of the Secretary-General", 16, new PdfPoint(56, 620), bold);
        page.AddText("Information and communications technologies for sustainable", 16, new PdfPoint(56, 580), bold);
        page.AddText("development", 16, new PdfPoint(56, 561), bold);
        page.AddText("The present report was prepared in response to the request of the Council.", 11, new PdfPoint(56, 530), font);

        // Act
        var paragraphs = Parsing.Parse("title.pdf", builder.Build()).Paragraphs;

        // Assert
        Assert.Equal(
            ["Report of the Secretary-General", "Information and communications technologies for sustainable development"],
            paragraphs.Where(p => p.Kind == ParagraphKind.Heading).Select(p => p.Text));
    }

    [Fact]
    public void KeepsHyphen_When_DocumentWritesTheFirstPartInAnotherCompound()
    {
        // Arrange: justified lines that divide a word (infor-mation), and one that ends "eighty-" before "second",
        // where the document writes "Eighty-first" elsewhere; neither "eighty" nor "second" stands alone in it.
        string[] texts =
        [
            "Eighty-first session of the Assembly, on the implementation of the outcomes of the infor-",
            "mation summit, requests a report to the General Assembly at its eighty-",
            "second session on the progress made by the entities of the system in the region.",
        ];

        // Act
        var settled = JustifiedLines.Settle(texts);

        // Assert
        Assert.Equal(
            "Eighty-first session of the Assembly, on the implementation of the outcomes of the information summit, requests a report " +
            "to the General Assembly at its eighty-second session on the progress made by the entities of the system in the region.",
            settled);
    }

    [Fact]
    public void KeepsWordSpaces_When_ItalicLettersOverhangThem()
    {
        // Arrange: an ITU lead-in in Times Italic on a line of its own, whose "f" reaches past its advance into the
        // space after it, so the glyph boxes of "of" and "the" stand closer than a word space; its items below.
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.TimesRoman);
        var italic = builder.AddStandard14Font(Standard14Font.TimesItalic);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("instructs the Director of the Telecommunication Development Bureau", 11, new PdfPoint(56, 760), italic);
        page.AddText("1", 11, new PdfPoint(56, 736), font);
        page.AddText("to assist Member States, on request, in preparing and carrying out national broadband plans", 11, new PdfPoint(92, 736), font);
        page.AddText("and digital inclusion strategies;", 11, new PdfPoint(56, 723), font);
        page.AddText("2", 11, new PdfPoint(56, 699), font);
        page.AddText("to continue to collect and publish the indicators of the information society, broken down", 11, new PdfPoint(92, 699), font);
        page.AddText("by sex, age and place of residence where the data allow,", 11, new PdfPoint(56, 686), font);

        // Act
        var paragraphs = Parsing.Parse("leadin.pdf", builder.Build()).Paragraphs;

        // Assert
        Assert.Equal(
            [(ParagraphKind.Heading, null, "instructs the Director of the Telecommunication Development Bureau"),
             (ParagraphKind.Operative, "1", "to assist Member States, on request, in preparing and carrying out national broadband plans and digital inclusion strategies;"),
             (ParagraphKind.Operative, "2", "to continue to collect and publish the indicators of the information society, broken down by sex, age and place of residence where the data allow,")],
            paragraphs.Select(p => (p.Kind, p.Number, p.Text)));
    }

    [Fact]
    public void StartsParagraphAtLeadIn_When_ItalicLeadInFollowsAFullLine()
    {
        // Arrange: ITU's layout without space between paragraphs: an item whose last line is full, so the next line's
        // first word could not have fitted after it, then the lead-in "considering" in italics on a line of its own;
        // and, inside the clause below it, a wrapped line that goes on in italics, which the clause keeps.
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.TimesRoman);
        var italic = builder.AddStandard14Font(Standard14Font.TimesItalic);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("e)", 11, new PdfPoint(56, 760), font);
        var first = page.AddText("the annual reports of the Secretary-General to the Council on the activities of the Union", 11, new PdfPoint(92, 760), font);
        var full = page.AddText("in the follow-up of the World Summit on the Information Society and of the 2030 Agenda,", 11, new PdfPoint(56, 746), font);
        page.AddText("considering", 11, new PdfPoint(56, 732), italic);
        var wrapped = page.AddText("that the vision of the Summit remains valid, as the Union has recalled in its flagship report", 11, new PdfPoint(56, 718), font);
        var title = page.AddText("Measuring digital development: facts and figures for the year 2025 and its regional reports", 11, new PdfPoint(56, 704), italic);
        page.AddText("and in the reports of the regional offices,", 11, new PdfPoint(56, 690), font);
        // The test's premise: full lines, none leaving room for the next line's first word.
        Assert.Equal([477, 456, 454, 459], new[] { first, full, wrapped, title }.Select(l => (int)l[^1].BoundingBox.Right));

        // Act
        var paragraphs = Parsing.Parse("leadin.pdf", builder.Build()).Paragraphs;

        // Assert
        Assert.Equal(
            [(ParagraphKind.ListItem, "e", "the annual reports of the Secretary-General to the Council on the activities of the Union in the follow-up of the World Summit on the Information Society and of the 2030 Agenda,"),
             (ParagraphKind.Heading, null, "considering"),
             (ParagraphKind.Preambular, null, "that the vision of the Summit remains valid, as the Union has recalled in its flagship report Measuring digital development: facts and figures for the year 2025 and its regional reports and in the reports of the regional offices,")],
            paragraphs.Select(p => (p.Kind, p.Number, p.Text)));
    }

    [Fact]
    public void ReadsResolutionNumberAsHeading_When_ItIsSetInCapitalsOfTheBodyType()
    {
        // Arrange: ITU's title block: the resolution's number in capitals, upright, of the body's size and weight, then
        // its subject in bold, larger; the conference line and a lead-in under them.
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.TimesRoman);
        var bold = builder.AddStandard14Font(Standard14Font.TimesBold);
        var italic = builder.AddStandard14Font(Standard14Font.TimesItalic);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("RESOLUTION 140 (REV. BUCHAREST, 2022)", 12, new PdfPoint(190, 780), font);
        page.AddText("ITU's part in the follow-up of the World Summit on the Information Society", 14, new PdfPoint(70, 750), bold);
        page.AddText("The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),", 12, new PdfPoint(56, 720), font);
        page.AddText("recalling", 12, new PdfPoint(56, 702), italic);
        page.AddText("the outcomes of both phases of the World Summit on the Information Society,", 12, new PdfPoint(56, 684), font);

        // Act
        var paragraphs = Parsing.Parse("title.pdf", builder.Build()).Paragraphs;

        // Assert
        Assert.Equal(
            [(ParagraphKind.Heading, "RESOLUTION 140 (REV. BUCHAREST, 2022)"),
             (ParagraphKind.Heading, "ITU's part in the follow-up of the World Summit on the Information Society"),
             (ParagraphKind.Paragraph, "The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),"),
             (ParagraphKind.Heading, "recalling"),
             (ParagraphKind.Preambular, "the outcomes of both phases of the World Summit on the Information Society,")],
            paragraphs.Select(p => (p.Kind, p.Text)));
    }

    [Fact]
    public void DropsRunningSymbol_When_EveryPageCarriesItBelowTheTopMargin()
    {
        // Arrange: three pages that open with the document's symbol alone at the top right, 97 pt from the top (further in
        // than a tenth of the page; one letter, so not text of three letters), just above the first paragraph.
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var n = 1; n <= 3; n++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddText("A/81/64", 9, new PdfPoint(500, 745), font);
            page.AddText($"{n}.", 11, new PdfPoint(56, 720), font);
            page.AddText(Bodies[n - 1][0], 11, new PdfPoint(92, 720), font);
            page.AddText(Bodies[n - 1][1], 11, new PdfPoint(92, 706), font);
        }

        // Act
        var paragraphs = Parsing.Parse("running.pdf", builder.Build()).Paragraphs;

        // Assert
        Assert.Equal(Bodies.Select(b => $"{b[0]} {b[1]}"), paragraphs.Select(p => p.Text));
        Assert.DoesNotContain(paragraphs, p => p.Text.Contains("A/81/64", StringComparison.Ordinal));
    }

    [Fact]
    public void DropsRunningSymbol_When_ItHeadsTheSecondPageOfTwo()
    {
        // Arrange: the symbol in the first page's title block, below its top margin, and alone atop the second page in
        // the top margin, as a UN document prints it on every page but the first: seen once, it cannot recur.
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        for (var n = 1; n <= 2; n++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddText("E/CN.16/2026/CRP.3", 10, n == 1 ? new PdfPoint(420, 750) : new PdfPoint(56, 800), bold);
            page.AddText($"{n}.", 11, new PdfPoint(56, 720), font);
            page.AddText(Bodies[n - 1][0], 11, new PdfPoint(92, 720), font);
            page.AddText(Bodies[n - 1][1], 11, new PdfPoint(92, 706), font);
        }

        // Act
        var paragraphs = Parsing.Parse("symbol.pdf", builder.Build()).Paragraphs;

        // Assert
        Assert.Equal(["E/CN.16/2026/CRP.3", .. Bodies.Take(2).Select(b => $"{b[0]} {b[1]}")], paragraphs.Select(p => p.Text));
    }
}
