using Serverless.IntegrationTests.Hostile;
using Serverless.Shared.Reading;

namespace Serverless.UnitTests.Reading;

/// <summary>
/// Text the contributor's own program does not show is not read: words there would reach the classifier and the summary
/// while no reader of the contribution sees them, and text a tracked change moved would be counted twice.
/// </summary>
public sealed class HiddenTextTests
{
    private const string Visible = "Broadband connectivity reached rural schools.";

    [Fact]
    public void LeavesOutHiddenAndMovedAwayText_When_ADocxHasThem()
    {
        // Before: "HIDDEN" words (w:vanish) were read, and the words a tracked move left behind (w:moveFrom) were read
        // beside the same words where they went (w:moveTo).
        var body =
            $"<w:p><w:r><w:t>{Visible}</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t> HIDDEN capacity building</w:t></w:r></w:p>" +
            "<w:p><w:r><w:rPr><w:vanish w:val=\"true\"/></w:rPr><w:t>HIDDEN paragraph.</w:t></w:r></w:p>" +
            "<w:p><w:moveFrom w:id=\"1\" w:author=\"a\"><w:r><w:t>Teachers were trained.</w:t></w:r></w:moveFrom></w:p>" +
            "<w:p><w:r><w:t>In 2025: </w:t></w:r><w:moveTo w:id=\"2\" w:author=\"a\"><w:r><w:t>Teachers were trained.</w:t></w:r></w:moveTo></w:p>" +
            "<w:p><w:r><w:rPr><w:vanish w:val=\"false\"/></w:rPr><w:t>Shown again.</w:t></w:r></w:p>";
        var docx = HostileFiles.DocxPackage(
            $"<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>");

        var texts = Parsing.Parse("hidden.docx", docx).Paragraphs.Select(p => p.Text).ToList();

        Assert.Equal([Visible, "In 2025: Teachers were trained.", "Shown again."], texts);
    }

    [Fact]
    public void LeavesOutDeletedText_When_ATrackedDeletionHoldsOrdinaryTextRuns()
    {
        // Before: a deletion (w:del) whose runs hold w:t rather than w:delText, as converters and scripts write it, was
        // read: Word shows those words struck through, as what the change takes out. Inserted text stays read.
        var body =
            $"<w:p><w:r><w:t xml:space=\"preserve\">{Visible} </w:t></w:r><w:del w:id=\"1\" w:author=\"a\"><w:r><w:t>DELETED e-health strategy</w:t></w:r></w:del></w:p>" +
            "<w:p><w:del w:id=\"2\" w:author=\"a\"><w:r><w:t>DELETED paragraph.</w:t></w:r></w:del></w:p>" +
            "<w:p><w:del w:id=\"4\" w:author=\"a\"><w:smartTag w:uri=\"urn:schemas-microsoft-com:office:smarttags\" w:element=\"place\"><w:r><w:t>DELETED Geneva</w:t></w:r></w:smartTag></w:del></w:p>" +
            "<w:p><w:ins w:id=\"3\" w:author=\"a\"><w:r><w:t>Inserted sentence.</w:t></w:r></w:ins></w:p>";
        var docx = HostileFiles.DocxPackage(
            $"<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>");

        var texts = Parsing.Parse("deleted.docx", docx).Paragraphs.Select(p => p.Text).ToList();

        Assert.Equal([Visible, "Inserted sentence."], texts);
    }

    [Fact]
    public void LeavesOutTextHiddenByAStyle_When_ADocxHidesItThroughItsCharacterOrParagraphStyle()
    {
        // Before: only a run's own w:vanish was followed; a character style, a paragraph style, or a style based on one
        // that hides, left their words to the classifier. A run that shows itself again, or a style that unhides, is read.
        var body =
            $"<w:p><w:r><w:t>{Visible}</w:t></w:r><w:r><w:rPr><w:rStyle w:val=\"Secret\"/></w:rPr><w:t> HIDDEN by a character style</w:t></w:r></w:p>" +
            "<w:p><w:r><w:rPr><w:rStyle w:val=\"SecretToo\"/></w:rPr><w:t>HIDDEN by a style based on one.</w:t></w:r></w:p>" +
            "<w:p><w:pPr><w:pStyle w:val=\"HiddenNote\"/></w:pPr><w:r><w:t>HIDDEN by its paragraph style.</w:t></w:r></w:p>" +
            "<w:p><w:pPr><w:pStyle w:val=\"HiddenNote\"/></w:pPr><w:r><w:rPr><w:vanish w:val=\"0\"/></w:rPr><w:t>Shown by the run itself.</w:t></w:r></w:p>" +
            "<w:p><w:r><w:rPr><w:rStyle w:val=\"Unhidden\"/></w:rPr><w:t>Shown by a style that unhides.</w:t></w:r></w:p>" +
            "<w:p><w:r><w:rPr><w:rStyle w:val=\"LoopA\"/></w:rPr><w:t>Shown though its styles loop.</w:t></w:r></w:p>";
        const string Styles =
            "<w:style w:type=\"character\" w:styleId=\"Secret\"><w:name w:val=\"Secret\"/><w:rPr><w:vanish/></w:rPr></w:style>" +
            "<w:style w:type=\"character\" w:styleId=\"SecretToo\"><w:name w:val=\"Secret too\"/><w:basedOn w:val=\"Secret\"/><w:rPr><w:b/></w:rPr></w:style>" +
            "<w:style w:type=\"character\" w:styleId=\"Unhidden\"><w:name w:val=\"Unhidden\"/><w:basedOn w:val=\"Secret\"/><w:rPr><w:vanish w:val=\"false\"/></w:rPr></w:style>" +
            "<w:style w:type=\"character\" w:styleId=\"LoopA\"><w:name w:val=\"Loop A\"/><w:basedOn w:val=\"LoopB\"/></w:style>" +
            "<w:style w:type=\"character\" w:styleId=\"LoopB\"><w:name w:val=\"Loop B\"/><w:basedOn w:val=\"LoopA\"/></w:style>" +
            "<w:style w:type=\"paragraph\" w:styleId=\"HiddenNote\"><w:name w:val=\"Hidden note\"/><w:rPr><w:vanish/></w:rPr></w:style>";
        var docx = HostileFiles.DocxPackage(
            $"<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>",
            [
                ("word/_rels/document.xml.rels", System.Text.Encoding.UTF8.GetBytes(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>")),
                ("word/styles.xml", System.Text.Encoding.UTF8.GetBytes(
                    $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">{Styles}</w:styles>")),
            ],
            [("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml")]);

        var texts = Parsing.Parse("styled.docx", docx).Paragraphs.Select(p => p.Text).ToList();

        Assert.Equal([Visible, "Shown by the run itself.", "Shown by a style that unhides.", "Shown though its styles loop."], texts);
    }

    [Fact]
    public void LeavesOutElementsItsStyleSheetHides_When_ASimpleSelectorNamesThem()
    {
        // Before: a class or id hidden by the page's own <style> was read ("style sheets are not applied").
        var html =
            "<html><head><style>/* .shown { display: none } */ .secret { color: red; display: none } #menu{visibility:hidden} p.quiet { display : none !important }" +
            ".later { display: none } .later { display: block } @media print { .noprint { display: none } } nav a:hover, .x .y { display: none }" +
            ".sr-only { position: absolute; clip: rect(0 0 0 0) }</style></head><body>" +
            $"<p>{Visible}</p><p class=\"note secret\">HIDDEN by a class.</p><div id=\"menu\"><p>HIDDEN by an id.</p></div><p class=\"quiet\">HIDDEN by an element with a class.</p>" +
            "<div class=\"quiet\">Shown: a div is not p.quiet.</div><p class=\"later\">Shown by a later rule.</p><p class=\"noprint\">Shown on screen.</p>" +
            "<p class=\"shown\">Shown: the rule is a comment.</p><p class=\"secret\" style=\"display: block\">Shown by its own style.</p>" +
            "<p class=\"sr-only\">Shown to screen readers.</p><p class=\"y\">Shown: the selector needs another element.</p></body></html>";

        var texts = Parsing.Parse("sheet.html", html).Paragraphs.Select(p => p.Text).ToList();

        Assert.Equal(
            [Visible, "Shown: a div is not p.quiet.", "Shown by a later rule.", "Shown on screen.", "Shown: the rule is a comment.", "Shown by its own style.",
             "Shown to screen readers.", "Shown: the selector needs another element."],
            texts);
    }

    [Fact]
    public void LeavesOutHiddenElements_When_AnHtmlPageHasThem()
    {
        // Before: the text of elements marked hidden or styled display: none / visibility: hidden was read as paragraphs.
        var html =
            $"<html><body><p>{Visible}</p><p hidden>HIDDEN by the attribute.</p><div style=\"color: red; display : none !important\"><p>HIDDEN by display.</p></div>" +
            "<p style=\"visibility:hidden\">HIDDEN by visibility.</p><ul><li>Shown item.</li><li hidden>HIDDEN item.</li></ul>" +
            "<p>Shown <span style=\"display:none\">HIDDEN words </span>inline.</p><p hidden=\"until-found\">Found by a search.</p>" +
            "<p style=\"display: block\">Shown block.</p><p aria-hidden=\"true\">Shown to the eye.</p></body></html>";

        var texts = Parsing.Parse("hidden.html", html).Paragraphs.Select(p => p.Text).ToList();

        Assert.DoesNotContain(texts, t => t.Contains("HIDDEN", StringComparison.Ordinal));
        Assert.Contains(Visible, texts);
        Assert.Contains("Shown item.", texts);
        Assert.Contains("Shown inline.", texts);
        Assert.Contains("Found by a search.", texts);
        Assert.Contains("Shown block.", texts);
        Assert.Contains("Shown to the eye.", texts);
    }

    [Fact]
    public void ReadsWhatAShadowRootShows_When_AnHtmlPageDeclaresOne()
    {
        // Before: a declarative shadow root's content (<template shadowrootmode>, which every current browser draws in
        // place of its host's children) was lost, and the host's own children were read though no slot showed them.
        var html =
            $"<html><body><p>{Visible}</p>" +
            "<div><template shadowrootmode=\"open\"><p>Shown from the shadow root.</p></template><p>HIDDEN: no slot shows it.</p></div>" +
            "<div><template shadowrootmode=\"closed\"><h2>Shown heading.</h2><slot name=\"x\">HIDDEN fallback of a filled slot.</slot>" +
            "<slot name=\"y\"><p>Shown fallback.</p></slot><slot></slot><slot>Shown: a second default slot shows its fallback.</slot></template>" +
            "<p slot=\"x\">Shown in slot x.</p><p>Shown in the default slot.</p><p slot=\"z\">HIDDEN: no slot is named z.</p>" +
            "<template shadowrootmode=\"open\"><p>HIDDEN: a host has one shadow root.</p></template></div>" +
            "<section><template shadowrootmode=\"open\"><div><template shadowrootmode=\"open\"><p>Shown nested.</p></template>HIDDEN light text of the inner host.</div><slot></slot></template>" +
            "<p>Shown through the outer slot.</p></section>" +
            "<template><p>HIDDEN: an ordinary template.</p></template></body></html>";

        var texts = Parsing.Parse("shadow.html", html).Paragraphs.Select(p => p.Text).ToList();

        Assert.Equal(
            [Visible, "Shown from the shadow root.", "Shown heading.", "Shown in slot x.", "Shown fallback.", "Shown in the default slot.", "Shown: a second default slot shows its fallback.", "Shown nested.",
             "Shown through the outer slot."],
            texts);
    }

    [Fact]
    public void RefusesAPageAsTooDeep_When_ShadowRootsSlottedIntoOneAnotherNestPastTheLimit()
    {
        // Each host's shadow tree nests 600 levels around its slot, and the next host is the slot's content: written, no
        // element is 700 levels deep; drawn, the last paragraph is 1,800 deep, which the reader's own walk would follow.
        var page = "<p>Deep paragraph.</p>";
        for (var i = 0; i < 3; i++)
        {
            page = $"<div><template shadowrootmode=\"open\">{string.Concat(Enumerable.Repeat("<div>", 600))}<slot></slot>" +
                   $"{string.Concat(Enumerable.Repeat("</div>", 600))}</template>{page}</div>";
        }

        var refusal = Assert.Throws<UnreadableDocumentException>(() => Parsing.Parse("deep.html", $"<html><body><p>{Visible}</p>{page}</body></html>"));

        Assert.Contains("more than 1,000 levels deep", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LeavesOutFullyTransparentElements_When_AnHtmlPageOrAMarkdownFileStylesThemSo()
    {
        // Before: an element styled opacity: 0 on itself was read, though nothing it holds can show (a child's own opacity
        // multiplies its parent's). Any opacity above nothing shows, and a style sheet's class (a fade-in's start) is not applied.
        var html =
            $"<html><head><style>.fade {{ opacity: 0 }}</style></head><body><p>{Visible}</p><div style=\"opacity: 0\"><p style=\"opacity: 1\">HIDDEN though the child says 1.</p></div>" +
            "<p style=\"opacity:0%\">HIDDEN by a percentage.</p><p>Shown <span style=\"opacity: 0.0 !important\">HIDDEN words </span>inline.</p>" +
            "<p style=\"opacity: 0.4\">Shown faintly.</p><p class=\"fade\">Shown: a sheet's class.</p></body></html>";
        var markdown = $"{Visible}\n\n<div style=\"opacity:0\">\nHIDDEN block.\n</div>\n\nShown <span style=\"opacity: 0\">HIDDEN words </span>inline.\n";

        var fromHtml = Parsing.Parse("opacity.html", html).Paragraphs.Select(p => p.Text).ToList();
        var fromMarkdown = Parsing.Parse("opacity.md", markdown).Paragraphs.Select(p => p.Text).ToList();

        Assert.Equal([Visible, "Shown inline.", "Shown faintly.", "Shown: a sheet's class."], fromHtml);
        Assert.Equal([Visible, "Shown inline."], fromMarkdown);
    }

    [Fact]
    public void LeavesOutLettersOfSizeZero_When_AnHtmlPageSetsThemSoAndKeepsWhatChildrenEnlarge()
    {
        // Before: text styled font-size: 0 was read, within a sentence too. A size relative to the parent's (em, %) stays 0;
        // a size of its own (px, rem, a keyword) shows the words, and the space between boxes closed that way still separates them.
        var html =
            $"<html><body><p>{Visible}</p><p>Shown <span style=\"font-size:0px\">HIDDEN words </span>inline.</p>" +
            "<div style=\"font-size: 0\"><span style=\"font-size: 16px\">Shown</span> <span style=\"font-size: 1rem\">boxes.</span></div>" +
            "<div style=\"font-size:0\">HIDDEN text<p style=\"font-size: 2em\">HIDDEN relative.</p><p style=\"font-size: inherit\">HIDDEN inherited.</p>" +
            "<p style=\"font-size: medium\">Shown by a keyword.</p></div><p style=\"font-size: 0.9em\">Shown small.</p>" +
            "<div style=\"font-size:0\"><table><tr><td>Shown: a table starts again without a doctype.</td></tr></table></div></body></html>";

        var texts = Parsing.Parse("size.html", html).Paragraphs.Select(p => p.Text).ToList();

        Assert.Equal([Visible, "Shown inline.", "Shown boxes.", "Shown by a keyword.", "Shown small.", "Shown: a table starts again without a doctype."], texts);
    }

    [Fact]
    public void LeavesOutLettersOfTheirBackgroundsColour_When_AnHtmlPageStylesBothOnItsElements()
    {
        // Before: white words on a white background set on an ancestor, and a page's own colours (bgcolor, <font color>,
        // black on the white of a page with no style sheet) were read. A colour or a background a sheet could set, an image
        // under the letters, a shadow around them, and a link (the browser's own colour) leave the words read.
        var plain =
            $"<html><body><div style=\"background-color: #FFFFFF\"><p>{Visible}</p><p style=\"color: white\">HIDDEN white.</p>" +
            "<p>Shown <span style=\"color:rgb(255, 255, 255)\">HIDDEN words </span>inline.</p></div>" +
            "<table bgcolor=\"navy\"><tr><td><font color=\"#000080\">HIDDEN navy.</font> <font color=\"#fff\">Shown white on navy.</font></td></tr></table>" +
            "<p style=\"color: #000\">HIDDEN? No: shown black on white.</p><p style=\"color:#fff\">HIDDEN on the page's white.</p>" +
            "<p style=\"color:#fff; text-shadow: 0 0 2px black\">Shown by its shadow.</p><p style=\"background: url(x.png); color: #fff\">Shown on an image.</p>" +
            "<div style=\"color:#fff\"><a href=\"#x\">Shown link.</a></div></body></html>";
        var sheet = "<html><head><style>.dark { background: #000 }</style></head><body><p class=\"dark\" style=\"color:#fff\">Shown: the sheet sets its background.</p></body></html>";

        var texts = Parsing.Parse("colour.html", plain).Paragraphs.Select(p => p.Text).ToList();
        var withSheet = Parsing.Parse("sheet.html", sheet).Paragraphs.Select(p => p.Text).ToList();

        Assert.Equal(
            [Visible, "Shown inline.", "Shown white on navy.", "HIDDEN? No: shown black on white.", "Shown by its shadow.", "Shown on an image.", "Shown link."],
            texts);
        Assert.Equal(["Shown: the sheet sets its background."], withSheet);
    }

    private static List<string> Read(string name) =>
        Parsing.Parse(name, HostileFiles.All("hidden").Single(f => f.FileName == name).Build()).Paragraphs.Select(p => p.Text).ToList();

    [Theory]
    [InlineData("hiddentext.pdf")]
    [InlineData("hiddentextturned.pdf")]
    public void LeavesOutTextNoReaderSees_When_APdfDrawsItInvisibleWhiteOrOffThePage(string name)
    {
        // Before: every HIDDEN line was read (text rendering modes 3 and 7, white with nothing under it, off the paper,
        // half a point high). White on a coloured band, a line a crop box cuts off (on the paper still), and every shown
        // line of a page turned a quarter, are read.
        var text = string.Join("\n", Read(name));

        Assert.DoesNotContain("HIDDEN", text, StringComparison.Ordinal);
        Assert.Contains("Broadband connectivity reached rural schools", text, StringComparison.Ordinal);
        Assert.Contains("Shown in white on a blue band.", text, StringComparison.Ordinal);
        Assert.Contains("Shown in red.", text, StringComparison.Ordinal);
        Assert.Contains("Shown below the crop box, on the paper.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsTheRecognisedText_When_APdfLaysItInvisiblyOverAScan()
    {
        // Text recognition writes the page's words invisibly over its picture: they are the page's own text.
        var text = string.Join("\n", Read("ocr.pdf"));

        Assert.Contains("Broadband connectivity reached rural schools", text, StringComparison.Ordinal);
    }

    [Fact]
    public void LeavesOutThePrompts_When_ADocxHasContentControlsNoOneFilled()
    {
        // Before: "Click or tap here to enter text." and the other prompts were read as the contribution's words.
        var texts = Read("placeholders.docx");

        Assert.DoesNotContain(texts, t => t.Contains("HIDDEN", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("Shown cell.", StringComparison.Ordinal));
        Assert.Contains("Year: Shown 2025, filled in.", texts);
    }

    [Fact]
    public void LeavesOutWhatItsRawHtmlHides_When_AMarkdownFileHoldsSome()
    {
        // Before: every one of these was read (a hidden div, display: none, a template, a noscript, a text area, an SVG's
        // text, a closed dialog; the words of a hidden span inside a paragraph): Markdown renders as HTML, and the HTML
        // reader leaves them out. Content a search opens, and the words after a hidden span, are read.
        var texts = Read("hiddenhtml.md");

        Assert.DoesNotContain(texts, t => t.Contains("HIDDEN", StringComparison.Ordinal) || t.Contains("still hidden", StringComparison.Ordinal));
        Assert.Contains("Shown when a search opens it.", texts);
        Assert.Contains("Schools were connected. Shown bold.", texts);
    }

    [Fact]
    public void ReadsAFormulaOnce_When_ItsMathMlCarriesAnnotations()
    {
        // Before: "x+1TEXANNOTATION x+1CONTENT": a formula's TeX source and content markup, which no browser draws,
        // were read after it, in HTML and in Markdown's raw HTML alike.
        const string Formula =
            "<math><semantics><mrow><mi>x</mi><mo>+</mo><mn>1</mn></mrow><annotation encoding=\"application/x-tex\">x + 1 HIDDEN</annotation>" +
            "<annotation-xml encoding=\"MathML-Content\"><apply><plus/><ci>HIDDEN</ci></apply></annotation-xml></semantics></math>";

        var html = Parsing.Parse("math.html", $"<html><body><p>Coverage grew by {Formula} points.</p></body></html>").Paragraphs.Select(p => p.Text);
        var markdown = Parsing.Parse("math.md", $"Coverage grew by {Formula} points.\n").Paragraphs.Select(p => p.Text);

        Assert.Equal(["Coverage grew by x+1 points."], html);
        Assert.Equal(["Coverage grew by x+1 points."], markdown);
    }

    [Fact]
    public void LeavesOutFallbackContentAndFormValues_When_AnHtmlPageHasThem()
    {
        // Before: a canvas's, a video's and an audio player's fallback, a text area's value and a closed dialog were read.
        var texts = Read("fallback.html");

        Assert.DoesNotContain(texts, t => t.Contains("HIDDEN", StringComparison.Ordinal));
        Assert.Contains("Shown in an open dialog.", texts);
    }
}
