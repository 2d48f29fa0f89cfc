using System.Text;
using Serverless.IntegrationTests.Hostile;
using Serverless.Shared.Reading;

namespace Serverless.UnitTests.Reading;

/// <summary>
/// Files whose structure (loops between objects, nesting, repetition), not their size, made a reader crash the worker,
/// run for minutes or take gigabytes are refused before the library that would pay for them runs, with a reason for
/// the sender; ordinary structure of the same kinds is still read. The files are the hostile-input suite's
/// (<see cref="HostileFiles"/>); time and memory on them are measured by the throughput harness, not here.
/// </summary>
public sealed class StructureBombTests
{
    private static byte[] File(string name) => HostileFiles.All("structure").Single(f => f.FileName == name).Build();

    [Theory]
    [InlineData("circle.pdf")]
    public void RefusesAPdf_When_ItsObjectsOnlyPointAtEachOtherInALoop(string name)
    {
        // Before the guard, PdfPig followed the loop until the stack overflowed, which killed the process.
        var error = Assert.Throws<UnreadableDocumentException>(() => Parsing.Parse(name, File(name)));

        Assert.Contains("refers to itself in a loop", error.Message);
    }

    [Fact]
    public void ReadsAPdf_When_AnObjectPointsAtAnotherOnce()
    {
        // The page's contents are an object that is only a reference to the content stream: one step, no loop.
        var content = "BT /F1 12 Tf 72 720 Td (Broadband reached rural schools.) Tj ET";
        var pdf = HostileFiles.MiniPdf(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 6 0 R >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            "4 0 R");

        var document = Parsing.Parse("alias.pdf", pdf);

        Assert.Contains("Broadband reached rural schools.", document.Paragraphs.Single().Text);
    }

    [Fact]
    public void RefusesAPdf_When_APageDrawsMillionsOfSeparatePieces()
    {
        // Before the guard: read, in 9 s at a peak of 1.5 GB, for one page of a 100 KB file.
        var error = Assert.Throws<UnreadableDocumentException>(() => Parsing.Parse("manyops.pdf", File("manyops.pdf")));

        Assert.Contains("separate pieces", error.Message);
    }

    [Fact]
    public void SaysItIsAPortfolio_When_APdfKeepsItsContentInAttachedFiles()
    {
        // Before: its cover's one line was read and classified as the contribution (a portfolio without a cover line was
        // "no selectable text (it may be a scan)").
        var error = Assert.Throws<UnreadableDocumentException>(() => Parsing.Parse("portfolio.pdf", File("portfolio.pdf")));

        Assert.Contains("portfolio", error.Message);
    }

    [Fact]
    public void ReadsItsOwnTextOnly_When_APdfHasAFileAttached()
    {
        var document = Parsing.Parse("attached.pdf", File("attached.pdf"));

        Assert.Contains(document.Paragraphs, p => p.Text.Contains("Broadband connectivity reached rural schools", StringComparison.Ordinal));
        Assert.DoesNotContain(document.Paragraphs, p => p.Text.Contains("HIDDEN", StringComparison.Ordinal));
    }

    [Fact]
    public void RefusesAPdf_When_ItsPageIsLargerThanAnyPaper()
    {
        // Before: a page two billion points wide was read, its one line, in 37 s at a peak of 7.9 GB (the layout counts
        // the words over every point across the page).
        var error = Assert.Throws<UnreadableDocumentException>(() => Parsing.Parse("widepage.pdf", File("widepage.pdf")));

        Assert.Contains("larger than any paper", error.Message);
    }

    [Theory]
    [InlineData("45")]
    [InlineData("-100")]
    [InlineData("37.5")]
    [InlineData("+135")]
    [InlineData("99999999999999999999999999999999999")]
    public void ReadsAPdf_When_ItsPageIsTurnedByWhatIsNoQuarterTurn(string degrees)
    {
        // Before: "The PDF is damaged or incomplete" (the library refuses a turn that is not a multiple of 90, and so
        // every page); a viewer shows the page turned by the whole quarter turns the number holds.
        var document = Parsing.Parse("turned.pdf", HostileFiles.SizedPage("[0 0 612 792]", "Teachers were trained.", $"/Rotate {degrees}"));

        Assert.Contains("Broadband connectivity reached rural schools", document.Paragraphs[0].Text);
    }

    [Theory]
    [InlineData("[0 0 0 0]")]
    [InlineData("[0 0 612 0]")]
    [InlineData("[300 400 300 400]")]
    public void ReadsAPdf_When_ItsPageBoxHasNoArea(string mediaBox)
    {
        // Before: "The PDF contains no selectable text (it may be a scan)": on a page of no area every letter lay off the
        // paper and was left out as hidden. Viewers draw such a page on Letter paper.
        var document = Parsing.Parse("zerobox.pdf", HostileFiles.SizedPage(mediaBox, "Teachers were trained."));

        Assert.Contains("Broadband connectivity reached rural schools", document.Paragraphs[0].Text);
    }

    [Theory]
    [InlineData("45", 0)]
    [InlineData("135", 90)]
    [InlineData("-100", 270)]
    [InlineData("-5", 0)]
    [InlineData("37.5", 0)]
    [InlineData("720", 0)]
    [InlineData("99999999999999999999999999999999999", 0)]
    public void TakesTheWholeQuarterTurnsOfAPagesTurn(string degrees, int turn) =>
        Assert.Equal(turn, PdfQuarterTurns.QuarterTurn(degrees));

    [Fact]
    public void LeavesATurnGivenByReferenceAndOtherNamesAlone()
    {
        var text = "<< /Rotate 45 0 R /RotateX 45 /Rotate 90 >>";
        var bytes = Encoding.ASCII.GetBytes(text);

        Assert.False(PdfQuarterTurns.Normalise(bytes));
        Assert.Equal(text, Encoding.ASCII.GetString(bytes));
    }

    [Fact]
    public void SaysThePageBoxIsNoSize_When_ItsSizeIsNoFiniteNumber()
    {
        // Before: "Page 1 of the PDF is Infinity inches on a side".
        var error = Assert.Throws<UnreadableDocumentException>(() => Parsing.Parse("infinite.pdf", HostileFiles.SizedPage("[0 0 612 1e999]", "x")));

        Assert.Contains("no finite number, larger than any paper", error.Message);
        Assert.DoesNotContain("Infinity", error.Message);
    }

    [Fact]
    public void ReadsAPdf_When_ItsPageIsAsLargeAsTheStandardAllows()
    {
        var document = Parsing.Parse("bigpage.pdf", File("bigpage.pdf"));

        Assert.Contains(document.Paragraphs, p => p.Text.Contains("Broadband connectivity reached rural schools", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadsAPdf_When_APageHasOnlyOrdinaryDrawing()
    {
        var error = Record.Exception(() => Parsing.Parse("owner.pdf", File("owner.pdf")));

        Assert.Null(error);
    }

    [Theory]
    [InlineData("replacement.pdf")]
    [InlineData("repeatedcontents.pdf")]
    [InlineData("sharedcontents.pdf")]
    [InlineData("formdoubling.pdf")]
    [InlineData("formdoublingbypage.pdf")]
    [InlineData("formcycle.pdf")]
    [InlineData("formchain.pdf")]
    [InlineData("hexops.pdf")]
    public void RefusesAPdf_When_ItDrawsTheSamePartsOverAndOver(string name)
    {
        // Before: the replacement text ran out of memory at 3.2 GB and the process died; the page listing one stream 200
        // times passed 19 GB; the forms doubling thirty deep ran past five minutes; 200 pages sharing one stream took
        // minutes; two forms drawing each other and forms nested 40,000 deep overflowed the stack (the process died); the
        // hexadecimal page was read past the operator limit (7 s, 620 MB).
        var file = HostileFiles.All("structure").Single(f => f.FileName == name);

        var error = Assert.Throws<UnreadableDocumentException>(() => Parsing.Parse(name, file.Build()));

        Assert.Contains(file.Expect!, error.Message);
    }

    [Theory]
    [InlineData("lzwbomb.pdf")]
    [InlineData("runlengthbomb.pdf")]
    [InlineData("hexdeflatebomb.pdf")]
    [InlineData("base85deflatebomb.pdf")]
    public void RefusesAPdf_When_ItsLzwOrRunLengthStreamsDecodeToMoreThanTheLimit(string name)
    {
        // Before: the compression guard counted Flate only, and the library decoded these whole: 5 MB of LZW took 22 s
        // at 3.3 GB, 10 MB of run-lengths 26 s at 3.0 GB, and the 50 MB upload limit allowed ten times more.
        var error = Assert.Throws<UnreadableDocumentException>(() => Parsing.Parse(name, File(name)));

        Assert.Contains("compression bomb", error.Message);
    }

    [Fact]
    public void ReadsAPdf_When_ItsTextIsDeflatedThenWrittenInBase85()
    {
        // The guard undoes the text layer as the library does, so a real page coded so is read, not refused.
        var document = Parsing.Parse("base85text.pdf", File("base85text.pdf"));

        var text = string.Join(" ", document.Paragraphs.Select(p => p.Text));
        Assert.Contains("teachers. structure 149 9112 Broadband", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsAPdf_When_ItsTextIsCodedInLzw()
    {
        // The decoder that counts LZW must read codes as the library does (9 to 12 bits, widening early, tables cleared).
        var document = Parsing.Parse("lzwtext.pdf", File("lzwtext.pdf"));

        var text = string.Join(" ", document.Paragraphs.Select(p => p.Text));
        Assert.Contains("teachers. structure 0 0 Broadband", text, StringComparison.Ordinal);
        Assert.Contains("teachers. structure 149 9112 Broadband", text, StringComparison.Ordinal);
    }

    [Fact]
    public void CountsWhatLzwAndRunLengthDataDecodeTo_When_TheStreamIsWhole()
    {
        var text = File("lzwtext.pdf");
        var start = text.AsSpan().IndexOf("stream\n"u8) + 7;
        var lzw = text.AsSpan(start, text.AsSpan(start).IndexOf("\nendstream"u8));

        var lzwLength = PdfSizeDecoders.Lzw(lzw, earlyChange: true, long.MaxValue, sink: null);
        var runLength = PdfSizeDecoders.RunLength([2, (byte)'a', (byte)'b', (byte)'c', 253, (byte)'x', 128, (byte)'z'], long.MaxValue, sink: null);

        Assert.Equal(HostileFiles.LzwPageText("structure").Length, lzwLength);
        Assert.Equal(3 + 4, runLength);
    }

    [Fact]
    public void ReadsAPdf_When_ItsMarkedContentNestsDeep()
    {
        // Before: the spans were walked by recursion, and 100,000 of them inside one another overflowed the stack.
        var document = Parsing.Parse("deepmarked.pdf", File("deepmarked.pdf"));

        Assert.Contains("rural schools", document.Paragraphs.Single().Text);
    }

    [Fact]
    public void ReadsAPdf_When_EveryPageDrawsTheSameForm()
    {
        // A logo drawn as one form on each of 300 pages, twice a page: shared parts within the limits are read.
        const int Pages = 300;
        static string Stream(string dictionary, string content) => $"<< {dictionary} /Length {content.Length} >>\nstream\n{content}\nendstream";
        var pdf = HostileFiles.MiniPdf(
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [" + string.Concat(Enumerable.Range(5, Pages).Select(n => $"{n} 0 R ")) + $"] /Count {Pages} >>",
            Stream("/Type /XObject /Subtype /Form /BBox [0 0 50 50]", "0 0 50 50 re f"),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            .. Enumerable.Range(0, Pages).Select(n => (object)(
                $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> /XObject << /Logo 3 0 R >> >> /Contents {5 + Pages + n} 0 R >>")),
            .. Enumerable.Range(0, Pages).Select(n => (object)Stream("", $"q /Logo Do Q q /Logo Do Q BT /F1 12 Tf 72 {300 + n} Td (Broadband reached {n} rural schools.) Tj ET")),
        ]);

        var document = Parsing.Parse("logo.pdf", pdf);

        Assert.Contains(document.Paragraphs, p => p.Text.Contains("Broadband reached 299 rural schools.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("deepsdt.docx")]
    [InlineData("deeptable.docx")]
    public void RefusesADocx_When_ItNestsDeeperThanTheLimit(string name)
    {
        // Before the guard: still reading after 90 s.
        var error = Assert.Throws<UnreadableDocumentException>(() => Parsing.Parse(name, File(name)));

        Assert.Contains("levels deep", error.Message);
    }

    [Fact]
    public void ReadsANoteOnce_When_ADocxCallsItAgainAndAgain()
    {
        // Before: the note's text was given again at every call, 5,000 copies of 40 KB (a note of a megabyte called
        // 19,000 times in a 650 KB file was 20 GB of paragraphs, 82 s at 2.5 GB). Each call keeps the note's number.
        var document = Parsing.Parse("notecalls.docx", File("notecalls.docx"));

        var notes = document.Paragraphs.SelectMany(p => p.Footnotes ?? []).Concat(document.Paragraphs.Where(p => p.Text.StartsWith("Source:", StringComparison.Ordinal)).Select(p => p.Text)).ToArray();
        Assert.Single(notes);
        var calling = document.Paragraphs.Single(p => p.Text.StartsWith("Teachers were trained.", StringComparison.Ordinal));
        Assert.DoesNotContain("<sup>2</sup>", calling.Text);
    }

    [Fact]
    public void ReadsADocx_When_ContentControlsNestWithinTheLimit()
    {
        var depth = ReadingLimits.MaxDocxDepth / 4;
        var body = string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", depth)) + "<w:p><w:r><w:t>Digital skills for teachers.</w:t></w:r></w:p>" +
                   string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", depth));
        var docx = HostileFiles.DocxPackage($"<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>");

        var document = Parsing.Parse("nested.docx", docx);

        Assert.Equal("Digital skills for teachers.", document.Paragraphs.Single().Text);
    }

    [Theory]
    [InlineData("lettered.docx", "2000000000")]
    [InlineData("roman.docx", "2000000000")]
    [InlineData("level50.docx", null)]
    public void ReadsADocx_When_ItsNumberingGoesPastWhatWordWrites(string name, string? label)
    {
        // Before: lettered from 2,000,000,000, each label was 77 million letters and the read ran out of memory past
        // 20 GB; in Roman numerals, 2 million Ms each (6 s, 1.4 GB); a list at level 50 ended as "damaged".
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var paragraphs = Parsing.Parse(name, File(name)).Paragraphs;

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"{watch.Elapsed.TotalSeconds:0} s");
        Assert.Equal(label, paragraphs[0].Number);
        Assert.Contains(paragraphs, p => p.Text.Contains("rural schools", StringComparison.Ordinal));
    }

    [Fact]
    public void RefusesADocx_When_ItHoldsMoreElementsThanTheLimit()
    {
        var error = Assert.Throws<UnreadableDocumentException>(() => Parsing.Parse("elements.docx", File("elements.docx")));

        Assert.Contains("XML elements", error.Message);
    }

    [Theory]
    [InlineData("laughs.docx")]
    [InlineData("xxe.docx")]
    public void SaysItDeclaresEntities_When_ADocxPartHasADtd(string name)
    {
        // Before: "damaged or is not a Word document", which sends its sender looking for damage that is not there.
        var error = Assert.Throws<UnreadableDocumentException>(() => Parsing.Parse(name, File(name)));

        Assert.Contains("DTD", error.Message);
        Assert.DoesNotContain("passwd", error.Message);
    }

    [Fact]
    public void AsksForAnUnprotectedCopy_When_ADocxIsEncryptedWithAPassword()
    {
        var error = Assert.Throws<UnreadableDocumentException>(() => Parsing.Parse("protected.docx", File("protected.docx")));

        Assert.Contains("protected by a password", error.Message);
    }

    [Fact]
    public void AsksForADocx_When_TheFileIsAWord97Document()
    {
        var error = Assert.Throws<UnreadableDocumentException>(() => Parsing.Parse("old.docx", File("old.docx")));

        Assert.Contains("Word 97-2003", error.Message);
    }

    [Theory]
    [InlineData("entities.md")]
    [InlineData("manylinks.md")]
    public void RefusesMarkdown_When_ItHoldsMoreInlineElementsThanTheLimit(string name)
    {
        // Before the guard: read, at a cost of 300 to 500 bytes each (44 MB of links took 43 s at a peak of 3.0 GB).
        var error = Assert.Throws<UnreadableDocumentException>(() => Parsing.Parse(name, File(name)));

        Assert.Contains("more than 1,000,000 entity references, escapes, code spans, HTML tags or links", error.Message);
    }

    [Fact]
    public void ReadsMarkdown_When_ItHasAsManyInlineElementsAsALongContribution()
    {
        var text = string.Join("\n\n", Enumerable.Range(0, 2_000).Select(i =>
            $"Paragraph {i}: R&amp;D in [broadband](https://example.org/{i}) and `code`, with \\*escapes\\* and <b>tags</b>."));

        var document = Parsing.Parse("long.md", Encoding.UTF8.GetBytes(text));

        Assert.Equal(2_000, document.Paragraphs.Count);
    }

    [Theory]
    [InlineData("odt.docx", "an OpenDocument text (.odt)")]
    [InlineData("xlsx.docx", "an Excel workbook (.xlsx)")]
    public void NamesWhatTheFileIs_When_ADocxIsAnotherOfficePackage(string name, string kind)
    {
        // Before: "no document body" and "damaged or is not a Word document", for files that are sound.
        var error = Assert.Throws<UnreadableDocumentException>(() => Parsing.Parse(name, File(name)));

        Assert.Contains($"The file is {kind}, not a Word document", error.Message);
    }

    [Theory]
    [InlineData("book.docx")]
    [InlineData("book.html")]
    public void NamesWhatTheFileIs_When_AnEpubBookIsSentAsADocument(string name)
    {
        // Before: "The DOCX file has no document body: it contains no text" (named .docx) and "a ZIP archive, not a
        // document" (named .html): an e-book is a ZIP whose first entry, mimetype, says what it is, as OpenDocument's does.
        var epub = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(epub, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (entry, text) in new[]
                     {
                         ("mimetype", "application/epub+zip"),
                         ("META-INF/container.xml", "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles><rootfile full-path=\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/></rootfiles></container>"),
                         ("OEBPS/chapter.xhtml", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>The General Assembly requests a report.</p></body></html>"),
                     })
            {
                using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
                writer.Write(text);
            }
        }

        var error = Assert.Throws<UnreadableDocumentException>(() => Parsing.Parse(name, epub.ToArray()));

        Assert.Contains("The file is an EPUB e-book (.epub), not a Word document", error.Message);
    }

    [Fact]
    public void WritesNothingOutsideThePackage_When_ItsEntriesNamePathsThatLeaveIt()
    {
        var error = Assert.Throws<UnreadableDocumentException>(() => Parsing.Parse("escape.docx", File("escape.docx")));

        Assert.Contains("no document body", error.Message);
        Assert.False(System.IO.File.Exists("/tmp/wsis-escape-0.txt"));
    }

    [Theory]
    [InlineData("quotes.md")]
    [InlineData("lists.md")]
    [InlineData("indent.md")]
    [InlineData("brackets.md")]
    public void RefusesMarkdown_When_ItNestsDeeperThanTheLimit(string name)
    {
        // Before: "the file seems damaged" after Markdig's own limit, and 82 s for indent.md.
        var error = Assert.Throws<UnreadableDocumentException>(() => Parsing.Parse(name, File(name)));

        Assert.Contains("levels deep", error.Message);
    }

    [Fact]
    public void RefusesMarkdown_When_AParagraphLeavesTooManyLinksOpen()
    {
        // Before: read, in 78 s.
        var error = Assert.Throws<UnreadableDocumentException>(() => Parsing.Parse("links.md", File("links.md")));

        Assert.Contains("links in", error.Message);
    }

    [Fact]
    public void RefusesMarkdown_When_ItsTablesHaveMoreCellsThanTheLimit()
    {
        // Before: read, in 10 s at a peak of 2.4 GB.
        var error = Assert.Throws<UnreadableDocumentException>(() => Parsing.Parse("table.md", File("table.md")));

        Assert.Contains("cells", error.Message);
    }

    [Fact]
    public void ReadsMarkdown_When_ItNestsLinksAndTablesAsContributionsDo()
    {
        var text = new StringBuilder("# Contribution\n\n");
        for (var level = 0; level < 6; level++)
        {
            text.Append(new string(' ', level * 2)).Append("- Level ").Append(level).Append(" of the plan\n");
        }

        text.Append("\n> > Quoted twice: the resolution's words.\n\n");
        text.Append(string.Concat(Enumerable.Range(0, 40).Select(i => $"See [report {i}](https://undocs.org/A/RES/{i}) on broadband. "))).Append("\n\n");
        text.Append("| a | b | c |\n|---|---|---|\n").Append(string.Concat(Enumerable.Repeat("| 1 | 2 | 3 |\n", 500)));

        var document = Parsing.Parse("ordinary.md", text.ToString());

        Assert.Contains(document.Paragraphs, p => p.Text.StartsWith("Level 5 of the plan", StringComparison.Ordinal));
        Assert.Contains(document.Paragraphs, p => p.Text.Contains("report 39", StringComparison.Ordinal));
    }

    [Fact]
    public void RefusesHtml_When_ItHasMoreElementsThanTheLimit()
    {
        // Before: 45 MB of paragraphs on one line took the worker to 900 MB.
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<p>a</p>", ReadingLimits.MaxHtmlElements + 10)) + "</body></html>";

        var error = Assert.Throws<UnreadableDocumentException>(() => Parsing.Parse("many.html", html));

        Assert.Contains("elements", error.Message);
    }

    [Theory]
    [InlineData("definitions.md", "link references or footnotes")]
    [InlineData("underlined.md", "underlines more than")]
    [InlineData("declarations.md", "HTML comments or declarations")]
    public void RefusesMarkdown_When_ItHasMoreOfAShapeMarkdigPaysForQuadraticallyThanTheLimit(string name, string reason)
    {
        // Before the guard: 200,000 definitions took 169 s, 200,000 underlined headings 15 s, 50,000 lines of "x <?" 70 s
        // (the 20,000 definitions here were read; the headings failed later, past the paragraph limit).
        var error = Assert.Throws<UnreadableDocumentException>(() => Parsing.Parse(name, File(name)));

        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void ReadsMarkdown_When_ItHasTheFootnotesHeadingsAndCommentsOfAContribution()
    {
        var text = new StringBuilder();
        for (var i = 1; i <= 200; i++)
        {
            text.Append($"Section {i}\n---------\n\nBroadband reached school {i}.[^{i}] <!-- checked -->\n\n");
        }

        text.Append(string.Concat(Enumerable.Range(1, 200).Select(i => $"[^{i}]: Source {i}.\n")));

        var document = Parsing.Parse("footnoted.md", text.ToString());

        Assert.Equal(200, document.Paragraphs.Count(p => p.Kind == Serverless.Shared.Segmentation.ParagraphKind.Heading));
        Assert.Contains(document.Paragraphs, p => p.Text.StartsWith("Broadband reached school 200.", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadsTheTextOfMarkdownHtmlBlocks_WithoutTheirMarkupOrScript()
    {
        // Before: "<script>alert('md')</script>" and "<div onclick=...>" were paragraphs of the document.
        var document = Parsing.Parse("rawhtml.md", File("rawhtml.md"));

        Assert.DoesNotContain(document.Paragraphs, p => p.Text.Contains("alert", StringComparison.Ordinal) || p.Text.Contains('<'));
        Assert.Contains(document.Paragraphs, p => p.Text == "structure");
    }

    [Fact]
    public void KeepsTheWordsOfMarkdownHtmlBlocks_AsTheyRead()
    {
        var document = Parsing.Parse("block.md", "# Title\n\n<div>\n<p>Broadband &amp; <b>schools</b>.</p>\n<style>p{}</style>\n</div>\n");

        Assert.Equal("Broadband & schools.", document.Paragraphs[1].Text);
    }

    [Fact]
    public void LeavesOutAnSvgsTextAndScript_When_HtmlHoldsOne()
    {
        // Before: the SVG's elements kept their lower-case names, so neither <svg> nor its <script> was left out.
        var document = Parsing.Parse("svg.html", File("svg.html"));

        Assert.DoesNotContain(document.Paragraphs, p => p.Text.Contains("alert", StringComparison.Ordinal) || p.Text.Contains("Chart label", StringComparison.Ordinal));
        Assert.Contains(document.Paragraphs, p => p.Text.Contains("structure", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("partfile.docx", "file:///etc/passwd")]
    [InlineData("partclimb.docx", "../../etc/passwd")]
    [InlineData("partunc.docx", @"\\127.0.0.1\share\settings.xml")]
    public void SaysAPartLiesOutsideTheFile_When_ADocxPlacesOneThere(string name, string target)
    {
        // Before: "the file seems damaged" (the library's own refusal, or a crash of its parser taken for damage).
        var error = Assert.Throws<UnreadableDocumentException>(() => Parsing.Parse(name, File(name)));

        Assert.Contains($"outside the file ('{target}')", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void QuotesAFewLettersOfAPartsName_When_ADocxPartWithALongNameIsNotXml()
    {
        // Before: the reason quoted all 60,000 letters, more than the document's row holds, so the document ended with
        // "Storage refused to keep this document's data (400 PropertyValueTooLarge) ... upload it again".
        var error = Assert.Throws<UnreadableDocumentException>(() => Parsing.Parse("longpartname.docx", File("longpartname.docx")));

        Assert.StartsWith($"The DOCX is damaged: its part 'word/{new string('a', 75)}…' is not valid XML. Save it again", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 200);
    }

    [Fact]
    public void ReadsADocx_When_ItLinksOutsideItselfThroughExternalLinks()
    {
        // A hyperlink and a linked picture are the document's own links: read, never followed.
        var texts = Parsing.Parse("externallinks.docx", File("externallinks.docx")).Paragraphs.Select(p => p.Text).ToList();

        Assert.Contains("Teachers were trained.", texts);
    }

    [Theory]
    [InlineData("word", "styles.xml", false)]
    [InlineData("word", "media/image1.png", false)]
    [InlineData("word", "/word/styles.xml", false)]
    [InlineData("word", "../customXml/item1.xml", false)]
    [InlineData("word", "../../x.xml", true)]
    [InlineData("", "../word/document.xml", true)]
    [InlineData("word", "C:\\Windows\\win.ini", true)]
    [InlineData("word", "http://127.0.0.1/x.xml", true)]
    [InlineData("word", "//server/share/x.xml", true)]
    public void TellsWhetherATargetLeavesThePackage(string folder, string target, bool leaves) =>
        Assert.Equal(leaves, DocxPackageLinks.LeavesThePackage(folder.Length == 0 ? [] : folder.Split('/'), target));

    [Fact]
    public void ReadsEveryRowCellAndParagraph_When_ADocxTableWrapsThemInContentControls()
    {
        // Before: the row a repeating section wraps, and the cell and paragraph inside it, were lost.
        var texts = Parsing.Parse("controlledrows.docx", File("controlledrows.docx")).Paragraphs.Select(p => p.Text).ToList();

        Assert.Contains(texts, t => t.StartsWith("2025 | Teachers were trained.", StringComparison.Ordinal));
    }
}
