using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Serverless.IntegrationTests.Hostile;

/// <summary>
/// One crafted file as an attacker would drop it into <c>incoming</c>: its name, how to build its bytes (built when
/// asked, as some are tens of megabytes), what it must end as and the words its failure reason must hold.
/// <see cref="Large"/> files are over a megabyte: past the integration tests' upload limit, so read by the unit tests
/// and timed by the throughput harness only.
/// </summary>
public sealed record HostileFile(string Label, string FileName, Func<byte[]> Build, HostileOutcome Outcome, string? Expect = null, bool Large = false);

/// <summary>
/// Hostile files of every format, built in code (no corpus text): packages and parsers pushed past what any real
/// contribution does (compression and entity bombs, loops between objects, nesting and repetition that parsers may pay
/// for more than linearly), encryption, files that lie about their format or encoding, and damaged ones. The
/// hostile-input suite drops them as blobs; the throughput harness times them (<c>hostile</c>). Each carries
/// <paramref name="marker"/> where it has text, so its bytes are unique to a run.
/// </summary>
public static class HostileFiles
{
    public static IReadOnlyList<HostileFile> All(string marker) =>
    [
        .. Docx(marker),
        .. Pdf(marker),
        .. Html(marker),
        .. Markdown(marker),
        .. Text(marker),
    ];

    private const string Sentence = "Broadband connectivity reached rural schools and capacity building trained teachers.";

    public static IEnumerable<HostileFile> Docx(string marker) =>
    [
        new("DOCX of 20,000 parts", "parts.docx", () => DocxPackage(Paragraphs(marker), Enumerable.Range(0, 20_000).Select(i => ($"word/media/p{i}.xml", "<a/>"u8.ToArray()))), HostileOutcome.Final, Large: true),
        new("DOCX whose sizes lie (a bomb declared small)", "liar.docx", () => LyingZip(marker), HostileOutcome.Failed, "not valid XML", Large: true),
        new("DOCX with an entity expansion (billion laughs)", "laughs.docx", () => DocxPackage(
            "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\"><!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">]>" +
            DocumentXml($"<w:p><w:r><w:t>&h; {marker}</w:t></w:r></w:p>", declaration: false)), HostileOutcome.Failed, "DTD"),
        new("DOCX with an external entity", "xxe.docx", () => DocxPackage(
            "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" +
            DocumentXml($"<w:p><w:r><w:t>&x; {marker}</w:t></w:r></w:p>", declaration: false)), HostileOutcome.Failed, "DTD"),
        new("DOCX without its document part", "nobody.docx", () => DocxPackage(null, [("word/other.xml", Utf8($"<other>{marker}</other>"))]), HostileOutcome.Failed),
        new("DOCX whose document part is a PDF", "pdfinside.docx", () => DocxPackage(null, [("word/document.xml", OnePagePdf(marker))]), HostileOutcome.Failed, "not valid XML"),
        new("DOCX nested 100,000 content controls deep", "deepsdt.docx", () => DocxPackage(DocumentXml(
            Repeat("<w:sdt><w:sdtContent>", 100_000) + $"<w:p><w:r><w:t>{Sentence} {marker}</w:t></w:r></w:p>" + Repeat("</w:sdtContent></w:sdt>", 100_000))), HostileOutcome.Failed, "levels deep"),
        new("DOCX nested 100,000 tables deep", "deeptable.docx", () => DocxPackage(DocumentXml(
            Repeat("<w:tbl><w:tr><w:tc>", 100_000) + $"<w:p><w:r><w:t>{Sentence} {marker}</w:t></w:r></w:p>" + Repeat("</w:tc></w:tr></w:tbl>", 100_000))), HostileOutcome.Failed, "levels deep"),
        new("DOCX of 3,100,000 elements (compressing under the bomb ratio)", "elements.docx", () => DocxPackage(DocumentXml(
            $"<w:p><w:r><w:t>{Sentence} {marker} {Convert.ToBase64String(RandomNumberGenerator.GetBytes(120_000))}</w:t></w:r></w:p>" + Repeat("<w:p/>", 3_100_000))), HostileOutcome.Failed, "XML elements"),
        new("DOCX of 2,000,000 empty paragraphs", "manyempty.docx", () => DocxPackage(DocumentXml(
            $"<w:p><w:r><w:t>{Sentence} {marker}</w:t></w:r></w:p>" + Repeat("<w:p/>", 2_000_000))), HostileOutcome.Final),
        new("DOCX encrypted with a password (OLE compound file)", "protected.docx", () => OleCompoundFile(encrypted: true, marker), HostileOutcome.Failed, "password"),
        new("Word 97-2003 file named DOCX", "old.docx", () => OleCompoundFile(encrypted: false, marker), HostileOutcome.Failed, "Word 97-2003"),
        new("OpenDocument text named DOCX", "odt.docx", () => Zip(
            ("mimetype", "application/vnd.oasis.opendocument.text"),
            ("content.xml", $"<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text><text:p>{Sentence} {marker}</text:p></office:text></office:body></office:document-content>")),
            HostileOutcome.Failed, "OpenDocument text"),
        new("Excel workbook named DOCX", "xlsx.docx", () => DocxPackage(null,
            [("xl/workbook.xml", Utf8("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets/></workbook>")), ("xl/sharedStrings.xml", Utf8($"<sst><si><t>{Sentence} {marker}</t></si></sst>"))]),
            HostileOutcome.Failed, "Excel workbook"),
        new("ZIP of 5,000 entries whose names leave the package (../../, /etc/passwd, C:\\)", "escape.docx", () => Zip(
            [.. Enumerable.Range(0, 5_000).Select(i => ($"../../../../tmp/wsis-escape-{i}.txt", marker)), ("/etc/passwd", marker), ("C:\\Windows\\wsis.dll", marker)]),
            HostileOutcome.Failed, "no document body"),
        new("DOCX list lettered from 2,000,000,000", "lettered.docx", () => NumberedDocx("upperLetter", 2_000_000_000, 0, 200, marker), HostileOutcome.Classified),
        new("DOCX list in Roman numerals from 2,000,000,000", "roman.docx", () => NumberedDocx("upperRoman", 2_000_000_000, 0, 200, marker), HostileOutcome.Classified),
        new("DOCX list at level 50 (Word has nine)", "level50.docx", () => NumberedDocx("decimal", 1, 50, 5, marker), HostileOutcome.Classified),
        new("DOCX whose content controls still show their placeholder prompts", "placeholders.docx", () => DocxPackage(DocumentXml(
            $"<w:p><w:r><w:t>{Sentence} {marker}</w:t></w:r></w:p>" +
            "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>HIDDEN Click or tap here to enter text.</w:t></w:r></w:p></w:sdtContent></w:sdt>" +
            "<w:p><w:r><w:t>Entity: </w:t></w:r><w:sdt><w:sdtPr><w:showingPlcHdr w:val=\"true\"/></w:sdtPr><w:sdtContent><w:r><w:t>HIDDEN Choose an item.</w:t></w:r></w:sdtContent></w:sdt></w:p>" +
            "<w:tbl><w:tr><w:tc><w:p><w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:t>HIDDEN Enter a date.</w:t></w:r></w:sdtContent></w:sdt></w:p></w:tc>" +
            "<w:tc><w:p><w:r><w:t>Shown cell.</w:t></w:r></w:p></w:tc></w:tr></w:tbl>" +
            "<w:p><w:r><w:t>Year: </w:t></w:r><w:sdt><w:sdtPr><w:showingPlcHdr w:val=\"false\"/></w:sdtPr><w:sdtContent><w:r><w:t>Shown 2025, filled in.</w:t></w:r></w:sdtContent></w:sdt></w:p>")),
            HostileOutcome.Classified),
        new("DOCX whose table rows and cells are in content controls (a form's repeating section)", "controlledrows.docx", () => DocxPackage(DocumentXml(
            $"<w:p><w:r><w:t>{Sentence}</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>Year</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Activity</w:t></w:r></w:p></w:tc></w:tr>" +
            "<w:sdt><w:sdtPr/><w:sdtContent><w:tr><w:tc><w:p><w:r><w:t>2025</w:t></w:r></w:p></w:tc>" +
            $"<w:sdt><w:sdtPr/><w:sdtContent><w:tc><w:sdt><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>Teachers were trained. {marker}</w:t></w:r></w:p></w:sdtContent></w:sdt></w:tc></w:sdtContent></w:sdt>" +
            "</w:tr></w:sdtContent></w:sdt></w:tbl>")), HostileOutcome.Classified),
        new("DOCX whose words are in smart tags and custom XML, with a deletion written as text", "wrapped.docx", () => DocxPackage(DocumentXml(
            $"<w:customXml w:element=\"summary\"><w:p><w:r><w:t xml:space=\"preserve\">{Sentence} </w:t></w:r>" +
            $"<w:smartTag w:uri=\"urn:schemas-microsoft-com:office:smarttags\" w:element=\"place\"><w:r><w:t>{marker}</w:t></w:r></w:smartTag>" +
            "<w:del w:id=\"1\" w:author=\"a\"><w:r><w:t xml:space=\"preserve\"> HIDDEN deleted words</w:t></w:r></w:del></w:p></w:customXml>")), HostileOutcome.Classified),
        new("DOCX placing its footnotes part at file:///etc/passwd", "partfile.docx", () => DocxWithRelationship("footnotes", "file:///etc/passwd", external: false, marker), HostileOutcome.Failed, "outside the file"),
        new("DOCX placing its styles part at ../../etc/passwd", "partclimb.docx", () => DocxWithRelationship("styles", "../../etc/passwd", external: false, marker), HostileOutcome.Failed, "outside the file"),
        new("DOCX placing its settings part on a network share", "partunc.docx", () => DocxWithRelationship("settings", @"\\127.0.0.1\share\settings.xml", external: false, marker), HostileOutcome.Failed, "outside the file"),
        new("DOCX holding a part whose name is 60,000 letters (a ZIP name may have 65,535 bytes), not valid XML", "longpartname.docx", () => DocxPackage(
            Paragraphs(marker), [($"word/{new string('a', 60_000)}\u0001.xml", Utf8("<not xml"))]), HostileOutcome.Failed, "not valid XML"),
        new("DOCX linking a picture on a network share and a hyperlink to file:///etc/passwd", "externallinks.docx", () => DocxWithRelationship("image", @"\\127.0.0.1\share\a.png", external: true, marker), HostileOutcome.Classified),
        new("DOCX calling one footnote of 40 KB 5,000 times", "notecalls.docx", () => NoteCalledAgainDocx(5_000, marker), HostileOutcome.Classified),
    ];

    /// <summary>
    /// A DOCX whose document part has a relationship of <paramref name="type"/> to <paramref name="target"/>, and a
    /// hyperlink to <c>file:///etc/passwd</c> marked external.
    /// </summary>
    private static byte[] DocxWithRelationship(string type, string target, bool external, string marker) => DocxPackage(
        DocumentXml($"<w:p><w:r><w:t>{Sentence} {marker}</w:t></w:r></w:p>" +
            "<w:p xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:hyperlink r:id=\"rId9\"><w:r><w:t>Teachers were trained.</w:t></w:r></w:hyperlink></w:p>"),
        [("word/_rels/document.xml.rels", Utf8(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            $"<Relationship Id=\"rId8\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/{type}\" Target=\"{target}\"{(external ? " TargetMode=\"External\"" : "")}/>" +
            "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"file:///etc/passwd\" TargetMode=\"External\"/></Relationships>"))]);

    public static IEnumerable<HostileFile> Pdf(string marker) =>
    [
        new("PDF with an owner password only (opens without one)", "owner.pdf", () => EncryptedPdf(userPassword: "", marker), HostileOutcome.Classified),
        new("PDF with a user password", "user.pdf", () => EncryptedPdf(userPassword: "secret", marker), HostileOutcome.Failed, "password"),
        new("PDF whose objects refer to each other in a circle", "circle.pdf", () => MiniPdf(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources 6 0 R /Contents 4 0 R >>",
            "5 0 R",
            "4 0 R",
            "7 0 R",
            "6 0 R"), HostileOutcome.Failed, "loop"),
        new("PDF whose page tree is a loop", "pageloop.pdf", () => MiniPdf(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            ContentStream($"BT /F1 12 Tf 72 720 Td ({Sentence} {marker}) Tj ET"),
            Helvetica), HostileOutcome.Final),
        new("PDF declaring a billion pages", "billion.pdf", () => MiniPdf(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1000000000 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            ContentStream($"BT /F1 12 Tf 72 720 Td ({Sentence} {marker}) Tj ET"),
            Helvetica), HostileOutcome.Final),
        new("PDF with an image of 100,000 by 100,000 pixels", "hugeimage.pdf", () => MiniPdf(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> /XObject << /Im1 6 0 R >> >> /Contents 4 0 R >>",
            ContentStream($"q 500 0 0 500 50 50 cm /Im1 Do Q BT /F1 12 Tf 72 720 Td ({Sentence} {marker}) Tj ET"),
            Helvetica,
            Stream("/Type /XObject /Subtype /Image /Width 100000 /Height 100000 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode", Deflate(new byte[1024]))), HostileOutcome.Final),
        new("PDF page of 3,000,000 text operations", "manyops.pdf", () => ManyTextOperations(3_000_000, marker), HostileOutcome.Failed, "separate pieces"),
        new("PDF whose cross-reference table points nowhere", "badxref.pdf", () => BrokenXref(marker), HostileOutcome.Final),
        new("PDF cut in half", "truncated.pdf", () => ManyTextOperations(200, marker)[..700], HostileOutcome.Failed, "damaged"),
        new("PDF whose marked content nests 100,000 deep", "deepmarked.pdf", () => OnePageDrawing(
            Encoding.ASCII.GetBytes(Repeat("/P BMC ", 100_000) + $"BT /F1 12 Tf 72 720 Td ({Sentence} {marker}) Tj ET " + Repeat("EMC ", 100_000)), ""), HostileOutcome.Final),
        new("PDF whose 150,000 spans name one replacement text of 10 KB", "replacement.pdf", () => OnePageDrawing(
            Encoding.ASCII.GetBytes($"BT /F1 12 Tf 72 720 Td ({Sentence} {marker}) Tj ET BT /F1 1 Tf 10 700 Td " + Repeat("/Span /P1 BDC (a) Tj EMC\n", 150_000) + "ET"),
            "/Properties << /P1 6 0 R >>", $"<< /ActualText ({new string('A', 10_000)}) >>"), HostileOutcome.Failed, "replaces its letters"),
        new("PDF page listing one stream of 400,000 operations 200 times", "repeatedcontents.pdf", () => MiniPdf(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents [" + Repeat("4 0 R ", 200) + "] >>",
            Stream("/Filter /FlateDecode", Deflate(LetterOperations(400_000, marker))),
            Helvetica), HostileOutcome.Failed, "again and again"),
        new("PDF of 200 pages sharing one stream of 400,000 operations", "sharedcontents.pdf", () => MiniPdf(
            [
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [" + string.Concat(Enumerable.Range(6, 200).Select(n => $"{n} 0 R ")) + "] /Count 200 >>",
                "null",
                Stream("/Filter /FlateDecode", Deflate(LetterOperations(400_000, marker))),
                Helvetica,
                .. Enumerable.Repeat("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>", 200),
            ]), HostileOutcome.Failed, "in all"),
        new("PDF whose forms each draw the next twice, 30 deep (a billion draws)", "formdoubling.pdf", () => FormChain(30, "/X1 Do /X1 Do", marker), HostileOutcome.Failed, "again and again"),
        new("PDF whose forms, without resources of their own, each draw the next under two names, 30 deep", "formdoublingbypage.pdf", () => OnePageDrawing(
            Encoding.ASCII.GetBytes($"BT /F1 12 Tf 72 720 Td ({Sentence} {marker}) Tj ET /A1 Do"),
            "/XObject << " + string.Concat(Enumerable.Range(1, 30).Select(i => $"/A{i} {5 + i} 0 R /B{i} {5 + i} 0 R ")) + ">>",
            [.. Enumerable.Range(1, 30).Select(i => (object)Stream("/Type /XObject /Subtype /Form /BBox [0 0 612 792]", Encoding.ASCII.GetBytes(i < 30 ? $"/A{i + 1} Do /B{i + 1} Do" : "0 0 1 1 re f")))]),
            HostileOutcome.Failed, "again and again"),
        new("PDF whose forms draw one another in a loop", "formcycle.pdf", () => OnePageDrawing(
            Encoding.ASCII.GetBytes($"BT /F1 12 Tf 72 720 Td ({Sentence} {marker}) Tj ET /X1 Do"), "/XObject << /X1 6 0 R >>",
            Stream("/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /X2 7 0 R >> >>", "/X2 Do"u8.ToArray()),
            Stream("/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /X1 6 0 R >> >>", "/X1 Do"u8.ToArray())), HostileOutcome.Failed, "in a loop"),
        new("PDF of forms nested 40,000 deep", "formchain.pdf", () => FormChain(40_000, "/X1 Do", marker), HostileOutcome.Failed, "levels deep", Large: true),
        new("PDF page of 1,000,000 operations in hexadecimal (not compressed)", "hexops.pdf", () => FilteredPage(
            "/ASCIIHexDecode", [.. Encoding.ASCII.GetBytes(Convert.ToHexString(LetterOperations(1_000_000, marker))), (byte)'>'], "", []), HostileOutcome.Failed, "separate pieces", Large: true),
        new("PDF page whose text is coded in LZW", "lzwtext.pdf", () => FilteredPage(
            "/LZWDecode", Lzw(LzwPageText(marker)), "", []), HostileOutcome.Classified),
        new("PDF page of spaces coded in LZW, 2 MB decoding to 218 MB", "lzwbomb.pdf", () => FilteredPage(
            "/LZWDecode", LzwRuns((byte)' ', 7_500), "", []), HostileOutcome.Failed, "compression bomb", Large: true),
        new("PDF page of spaces coded in run-lengths, 3.4 MB decoding to 218 MB", "runlengthbomb.pdf", () => FilteredPage(
            "/RunLengthDecode", [.. Enumerable.Repeat(new byte[] { 129, (byte)' ' }, 1_700_000).SelectMany(b => b), 128], "", []), HostileOutcome.Failed, "compression bomb", Large: true),
        new("PDF page of spaces deflated, then written in hexadecimal, decoding to 218 MB", "hexdeflatebomb.pdf", () => FilteredPage(
            "[/ASCIIHexDecode /FlateDecode]", [.. Encoding.ASCII.GetBytes(Convert.ToHexString(Deflate(SpacesPage(218_000_000)))), (byte)'>'], "", []),
            HostileOutcome.Failed, "compression bomb", Large: true),
        new("PDF page of spaces deflated, then written in base 85, decoding to 218 MB", "base85deflatebomb.pdf", () => FilteredPage(
            "[/ASCII85Decode /FlateDecode]", [.. Base85(Deflate(SpacesPage(218_000_000))), (byte)'~', (byte)'>'], "", []),
            HostileOutcome.Failed, "compression bomb", Large: true),
        new("PDF page hiding text: invisible, white, off the paper, under a point high", "hiddentext.pdf", () => HiddenTextPdf(marker, ""), HostileOutcome.Classified),
        new("PDF page hiding text, turned a quarter (/Rotate 90)", "hiddentextturned.pdf", () => HiddenTextPdf(marker, "/Rotate 90"), HostileOutcome.Classified),
        new("PDF of a scan with recognised text laid invisibly over it (OCR)", "ocr.pdf", () => OnePageDrawing(
            Encoding.ASCII.GetBytes($"q 612 0 0 792 0 0 cm /Im1 Do Q BT 3 Tr /F1 12 Tf 72 720 Td ({Sentence}) Tj 0 -20 Td ({marker}) Tj ET"),
            "/XObject << /Im1 6 0 R >>",
            Stream("/Type /XObject /Subtype /Image /Width 10 /Height 10 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode", Deflate(new byte[100]))),
            HostileOutcome.Classified),
        new("PDF page whose text is deflated, then written in base 85", "base85text.pdf", () => FilteredPage(
            "[/ASCII85Decode /FlateDecode]", [.. Base85(Deflate(LzwPageText(marker))), (byte)'~', (byte)'>'], "", []), HostileOutcome.Classified),
        new("PDF portfolio whose cover page points at its attached file", "portfolio.pdf", () => MiniPdf(
            "<< /Type /Catalog /Pages 2 0 R /Collection << /View /D >> /Names << /EmbeddedFiles << /Names [(a.txt) 6 0 R] >> >> >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            ContentStream($"BT /F1 12 Tf 72 700 Td (This portfolio holds attached files. {marker}) Tj ET"),
            Helvetica,
            "<< /Type /Filespec /F (a.txt) /UF (a.txt) /EF << /F 7 0 R >> >>",
            Stream("/Type /EmbeddedFile", Encoding.ASCII.GetBytes($"HIDDEN attached text. {Sentence}"))), HostileOutcome.Failed, "portfolio"),
        new("PDF with a file attached beside its own text", "attached.pdf", () => MiniPdf(
            "<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(a.txt) 6 0 R] >> >> >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            ContentStream($"BT /F1 12 Tf 72 700 Td ({Sentence}) Tj 0 -20 Td ({marker}) Tj ET"),
            Helvetica,
            "<< /Type /Filespec /F (a.txt) /UF (a.txt) /EF << /F 7 0 R >> >>",
            Stream("/Type /EmbeddedFile", Encoding.ASCII.GetBytes("HIDDEN attached text."))), HostileOutcome.Classified),
        new("PDF page two billion points wide", "widepage.pdf", () => SizedPage("[0 0 2000000000 792]", marker), HostileOutcome.Failed, "larger than any paper"),
        new("PDF page of 200 by 200 inches (the standard's largest)", "bigpage.pdf", () => SizedPage("[0 0 14400 14400]", marker), HostileOutcome.Classified),
        new("PDF page turned 45 degrees (the standard allows quarter turns only)", "turned45.pdf", () => SizedPage("[0 0 612 792]", marker, "/Rotate 45"), HostileOutcome.Classified),
        new("PDF page whose media box has no area ([0 0 0 0])", "zerobox.pdf", () => SizedPage("[0 0 0 0]", marker), HostileOutcome.Classified),
    ];

    /// <summary>One page of the sentence and the marker in the box <paramref name="mediaBox"/>, near its top left corner.</summary>
    public static byte[] SizedPage(string mediaBox, string marker, string pageEntries = "") => MiniPdf(
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        $"<< /Type /Page /Parent 2 0 R /MediaBox {mediaBox} /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R {pageEntries}>>",
        ContentStream($"BT /F1 12 Tf 72 700 Td ({Sentence}) Tj 0 -20 Td ({marker}) Tj ET"),
        Helvetica);

    /// <summary>
    /// A page whose crop box leaves out its foot, showing the sentence, a line in white on a blue band, a line in red and
    /// a line below the crop box, and hiding "HIDDEN" lines every way a PDF can without clipping: invisible (modes 3 and
    /// 7), white with nothing under it (grey, RGB, CMYK), off the paper (below it, beside it), and half a point high.
    /// </summary>
    private static byte[] HiddenTextPdf(string marker, string pageEntries) => MiniPdf(
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /CropBox [0 100 612 792] {pageEntries} /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        ContentStream(
            $"BT /F1 12 Tf 72 720 Td ({Sentence}) Tj 0 -20 Td ({marker}) Tj ET " +
            // Each in a saved state (q ... Q): colours, rendering modes and clips set for one line would otherwise hold for the next.
            "q BT 3 Tr /F1 12 Tf 72 640 Td (HIDDEN invisible words) Tj ET Q q BT 7 Tr /F1 12 Tf 72 610 Td (HIDDEN invisible clipping words) Tj ET Q " +
            "q BT 1 g /F1 12 Tf 72 580 Td (HIDDEN white in grey) Tj ET Q q BT 1 1 1 rg /F1 12 Tf 72 550 Td (HIDDEN white in RGB) Tj ET Q " +
            "q BT 0 0 0 0 k /F1 12 Tf 72 520 Td (HIDDEN white in CMYK) Tj ET Q q BT 1 Tr 1 G /F1 12 Tf 72 490 Td (HIDDEN white outline) Tj ET Q " +
            "BT /F1 12 Tf 72 50 Td (Shown below the crop box, on the paper.) Tj ET BT /F1 12 Tf 72 -300 Td (HIDDEN below the paper) Tj ET " +
            "BT /F1 12 Tf 1500 400 Td (HIDDEN beside the paper) Tj ET " +
            "BT /F1 0.5 Tf 72 470 Td (HIDDEN half a point high) Tj ET " +
            "q 0 0 0.5 rg 60 400 400 30 re f BT 1 1 1 rg /F1 12 Tf 72 410 Td (Shown in white on a blue band.) Tj ET Q " +
            "BT 0.8 0 0 rg /F1 12 Tf 72 445 Td (Shown in red.) Tj ET"),
        Helvetica);

    /// <summary>A page's drawing that shows one short line and then only spaces, <paramref name="length"/> bytes in all.</summary>
    private static byte[] SpacesPage(int length)
    {
        var text = Encoding.ASCII.GetBytes($"BT /F1 12 Tf 72 720 Td ({Sentence}) Tj ET ");
        var page = new byte[length];
        text.CopyTo(page, 0);
        page.AsSpan(text.Length).Fill((byte)' ');
        return page;
    }

    /// <summary>ASCII base-85 as PDF writers write it: four bytes to five characters from '!', 'z' for four zeros.</summary>
    private static byte[] Base85(byte[] data)
    {
        var output = new MemoryStream(data.Length * 5 / 4 + 8);
        Span<byte> digits = stackalloc byte[5];
        for (var i = 0; i < data.Length; i += 4)
        {
            var count = Math.Min(4, data.Length - i);
            uint value = 0;
            for (var j = 0; j < 4; j++)
            {
                value = value << 8 | (j < count ? data[i + j] : (byte)0);
            }

            if (value == 0 && count == 4)
            {
                output.WriteByte((byte)'z');
                continue;
            }

            for (var j = 4; j >= 0; j--)
            {
                digits[j] = (byte)(value % 85 + '!');
                value /= 85;
            }

            output.Write(digits[..(count + 1)]);
        }

        return output.ToArray();
    }

    public static IEnumerable<HostileFile> Html(string marker) =>
    [
        new("HTML nested 100,000 elements deep", "deep.html", () => Utf8(HostileUploads.Nested(100_000)), HostileOutcome.Failed, "levels deep", Large: true),
        new("HTML of 45 MB on one line", "oneline.html", () => Utf8("<html><body>" + Repeat($"<p>{Sentence}</p>", 520_000) + $"<p>{marker}</p></body></html>"), HostileOutcome.Failed, "elements", Large: true),
        new("HTML of scripts and styles only", "scripts.html", () => Utf8($"<html><head><style>p{{color:red}}</style></head><body><script>var m='{marker}';</script><style>b{{}}</style></body></html>"), HostileOutcome.Failed, "no text"),
        new("HTML flooded with 5,000,000 entities", "entities.html", () => Utf8($"<html><body><p>{Sentence} {marker}</p><p>" + Repeat("&amp;&#128512;&nbsp;&bogus; ", 1_250_000) + "</p></body></html>"), HostileOutcome.Final, Large: true),
        new("HTML element with 200,000 attributes", "attributes.html", () => Utf8("<html><body><p " + string.Concat(Enumerable.Range(0, 200_000).Select(i => $"a{i}=1 ")) + $">{Sentence} {marker}</p></body></html>"), HostileOutcome.Final, Large: true),
        new("HTML of 100,000 unclosed formatting elements", "unclosed.html", () => Utf8("<html><body><p>" + Repeat("<b><i>x", 50_000) + $"</p><p>{Sentence} {marker}</p></body></html>"), HostileOutcome.Failed, "levels deep"),
        new("HTML whose SVG holds text and a script", "svg.html", () => Utf8($"<html><body><p>{Sentence} {marker}</p><svg><text>Chart label</text><script>alert('svg')</script></svg></body></html>"), HostileOutcome.Classified),
        new("HTML of fallback content, a closed dialog and form fields", "fallback.html", () => Utf8(
            $"<html><body><p>{Sentence} {marker}</p><canvas><p>HIDDEN canvas fallback</p></canvas><video src=\"v.mp4\"><p>HIDDEN video fallback</p></video>" +
            "<audio>HIDDEN audio fallback</audio><textarea>HIDDEN text area value</textarea><dialog><p>HIDDEN closed dialog</p></dialog>" +
            "<dialog open><p>Shown in an open dialog.</p></dialog><img alt=\"HIDDEN alternative text\" src=\"data:image/png;base64,AAAA\"></body></html>"),
            HostileOutcome.Classified),
        new("HTML frameset whose <noframes> holds markup", "frameset.html", () => Utf8(
            $"<html><head><title>{marker}</title></head><frameset cols=\"50%,50%\"><frame src=\"http://127.0.0.1:9/a\"><frame src=\"file:///etc/passwd\">" +
            $"<noframes><body><p>{Sentence}</p></body></noframes></frameset></html>"), HostileOutcome.Failed, "frameset"),
        new("web archive (MHT) named HTML", "webarchive.html", () => Utf8(WebArchive(marker)), HostileOutcome.Failed, "web archive"),
        new("Rich Text Format named HTML", "rtf.html", () => Utf8(Rtf($"{marker} html")), HostileOutcome.Failed, "Rich Text Format"),
        new("OpenDocument text named HTML", "odt.html", () => OpenDocumentText(marker), HostileOutcome.Failed, "OpenDocument text"),
        new("ZIP archive named as text", "archive.txt", () => ZipOf(("contribution.pdf", OnePagePdf(marker))), HostileOutcome.Failed, "ZIP archive"),
        new("Word 97-2003 file named HTML", "old.html", () => OleCompoundFile(encrypted: false, $"{marker} html"), HostileOutcome.Failed, "older Office file"),
        new("HTML whose charset lies (UTF-8 declared UTF-16)", "charset.html", () => Utf8($"<html><head><meta charset=\"utf-16\"></head><body><p>Le renforcement des capacités numériques a progressé. {marker}</p></body></html>"), HostileOutcome.Classified),
    ];

    public static IEnumerable<HostileFile> Markdown(string marker) =>
    [
        new("Markdown quote nested 200,000 deep", "quotes.md", () => Utf8(new string('>', 200_000) + $" {Sentence}\n\n{marker}\n"), HostileOutcome.Failed, "levels deep"),
        new("Markdown of 200,000 open brackets", "brackets.md", () => Utf8(new string('[', 200_000) + $" {Sentence}\n\n{marker}\n"), HostileOutcome.Failed, "levels deep"),
        new("Markdown links left open 100,000 times", "links.md", () => Utf8(Repeat("[a](", 100_000) + $" {Sentence}\n\n{marker}\n"), HostileOutcome.Failed, "links in"),
        new("Markdown list nested 100,000 deep on one line", "lists.md", () => Utf8(Repeat("- ", 100_000) + $"{Sentence}\n\n{marker}\n"), HostileOutcome.Failed, "levels deep"),
        new("Markdown list indented 3,000 levels", "indent.md", () => Utf8(string.Concat(Enumerable.Range(0, 3_000).Select(i => new string(' ', i * 2) + "- item\n")) + $"\n{marker}\n"), HostileOutcome.Failed, "levels deep", Large: true),
        new("Markdown table of 2,000 columns by 2,000 rows", "table.md", () => Utf8(TableMarkdown(2_000, 2_000) + $"\n{marker}\n"), HostileOutcome.Failed, "cells", Large: true),
        new("Markdown backtick runs of every length to 3,000", "backticks.md", () => Utf8(string.Join('\n', Enumerable.Range(1, 3_000).Select(i => new string('`', i) + "a")) + $"\n\n{marker}\n"), HostileOutcome.Final, Large: true),
        new("Markdown of 500,000 unmatched emphasis marks", "emphasis.md", () => Utf8(string.Join('\n', Enumerable.Range(0, 10_000).Select(_ => Repeat("*a _b ", 50))) + $"\n\n{marker}\n"), HostileOutcome.Failed, "levels deep", Large: true),
        new("Markdown of 100,000 HTML blocks opened", "htmlblocks.md", () => Utf8(Repeat("<div>\n", 100_000) + $"{Sentence}\n\n{marker}\n"), HostileOutcome.Final),
        new("Markdown of 20,000 link reference definitions", "definitions.md", () => Utf8($"{Sentence}\n\n" + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"[r{i}]: https://example.org/{i}\n")) + $"\n{marker}\n"), HostileOutcome.Failed, "link references or footnotes"),
        new("Markdown of 30,000 underlined headings", "underlined.md", () => Utf8(Repeat("Heading\n===\n", 30_000) + $"\n{Sentence}\n\n{marker}\n"), HostileOutcome.Failed, "underlines more than"),
        new("Markdown paragraph opening 50,000 HTML declarations", "declarations.md", () => Utf8($"{Sentence}\n\n" + Repeat("x <?\n", 50_000) + $"\n{marker}\n"), HostileOutcome.Failed, "HTML comments or declarations"),
        new("Markdown HTML blocks of script and markup", "rawhtml.md", () => Utf8($"{Sentence}\n\n<script>alert('md')</script>\n\n<div onclick=\"alert('md')\">\n\n{marker}\n\n</div>\n"), HostileOutcome.Classified),
        new("Markdown whose raw HTML hides text", "hiddenhtml.md", () => Utf8(
            $"{Sentence}\n\n<div hidden>HIDDEN by the attribute <div>and a div inside it</div> still hidden</div>\n\n<div style=\"color: red; display: none\">HIDDEN by display</div>\n\n" +
            "<template><p>HIDDEN template</p></template>\n\n<noscript>HIDDEN fallback</noscript>\n\n<textarea>HIDDEN text area value</textarea>\n\n" +
            "<svg><text x=\"0\" y=\"10\">HIDDEN chart label</text></svg>\n\n<dialog><p>HIDDEN closed dialog</p></dialog>\n\n" +
            $"<div hidden=\"until-found\">Shown when a search opens it.</div>\n\nSchools <span style=\"display:none\">HIDDEN inline <span>words</span></span>were connected. <b>Shown</b> bold.\n\n{marker}\n"),
            HostileOutcome.Classified),
        new("Markdown front matter of YAML anchors naming lists of aliases ten deep (a billion laughs)", "yamlaliases.md", () => Utf8(
            "---\ntitle: &t !!str \"Digital schools\"\n" + string.Join("", Enumerable.Range(1, 10).Select(i => $"l{i}: &l{i} [{string.Join(", ", Enumerable.Repeat(i == 1 ? "*t" : $"*l{i - 1}", 10))}]\n")) +
            $"author: *l10\ndate: *t\n---\n\n{Sentence} {marker}\n"), HostileOutcome.Classified),
        new("Markdown of 1,200,000 entity references", "entities.md", () => Utf8($"{Sentence}\n\n" + string.Join('\n', Enumerable.Range(0, 12_000).Select(_ => Repeat("&amp; ", 100))) + $"\n\n{marker}\n"), HostileOutcome.Failed, "entity references, escapes", Large: true),
        new("Markdown of 1,200,000 links in paragraphs of 20", "manylinks.md", () => Utf8($"{Sentence}\n\n" + string.Join("\n\n", Enumerable.Range(0, 60_000).Select(_ => Repeat("[a](b) ", 20))) + $"\n\n{marker}\n"), HostileOutcome.Failed, "entity references, escapes", Large: true),
        new("Markdown of 300,000 one-letter lower-case paragraphs", "continued.md", () => Utf8($"{marker}\n\n" + Repeat("a\n\n", 300_000)), HostileOutcome.Classified),
    ];

    public static IEnumerable<HostileFile> Text(string marker) =>
    [
        new("UTF-16 little-endian without a BOM", "utf16le.txt", () => Encoding.Unicode.GetBytes($"Le renforcement des capacités a progressé.\n\n{Sentence}\n\n{marker}\n"), HostileOutcome.Classified),
        new("UTF-16 big-endian without a BOM", "utf16be.txt", () => Encoding.BigEndianUnicode.GetBytes($"Le renforcement des capacités a progressé.\n\n{Sentence}\n\n{marker}\n"), HostileOutcome.Classified),
        new("UTF-32 little-endian without a BOM", "utf32le.txt", () => Encoding.UTF32.GetBytes($"Le renforcement des capacités a progressé.\n\n{Sentence}\n\n{marker}\n"), HostileOutcome.Classified),
        new("UTF-32 big-endian with a BOM", "utf32be.txt", () => [0x00, 0x00, 0xFE, 0xFF, .. new UTF32Encoding(bigEndian: true, byteOrderMark: false).GetBytes($"Le renforcement des capacités a progressé.\n\n{Sentence}\n\n{marker}\n")], HostileOutcome.Classified),
        new("UTF-7 with its BOM", "utf7.txt", () => Encoding.ASCII.GetBytes($"+/v8-Le renforcement des capacit+AOk-s a progress+AOk- dans les +AOk-coles.\n\n{Sentence}\n\n{marker}\n"), HostileOutcome.Classified),
        new("Windows-1252 text", "cp1252.txt", () => Encoding.Latin1.GetBytes($"Le renforcement des capacités numériques a progressé à l'école.\n\n{marker}\n"), HostileOutcome.Classified),
        new("invalid UTF-8 in the middle of text", "badutf8.txt", () => [.. Utf8($"{Sentence}\n\n"), 0xC3, 0x28, 0xFF, 0xFE, .. Utf8($" {Sentence}\n\n{marker}\n")], HostileOutcome.Classified),
        new("text that is mostly NUL bytes", "nuls.txt", () => [.. Utf8(marker), .. new byte[100_000]], HostileOutcome.Failed, "binary"),
        new("right-to-left override characters in text", "rtl.txt", () => Utf8($"\u202E{Sentence}\u202C\n\n\u202Egnidliub yticapac\n\n{marker}\n"), HostileOutcome.Classified),
        new("lone surrogates in UTF-16", "surrogates.txt", () => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Repeat($"{Sentence} ", 5)), 0x00, 0xD8, 0x41, 0x00, 0x00, 0xDC, .. Encoding.Unicode.GetBytes($"\n\n{marker}\n")], HostileOutcome.Classified),
        new("text spelt decomposed (NFD: a letter, then its accent)", "nfd.txt", () => Utf8($"L’Assemblée générale prie le Secrétaire général de renforcer les capacités numériques. {marker}\n".Normalize(NormalizationForm.FormD)), HostileOutcome.Classified),
        new("a million combining marks on one letter", "zalgo.txt", () => Utf8($"{Sentence} e" + Repeat("\u0301\u0316", 500_000) + $"\n\n{marker}\n"), HostileOutcome.Classified, Large: true),
        new("Japanese text in Shift-JIS", "shiftjis.txt", () => CodePage(932, $"ブロードバンド接続は農村部の学校に届き、教員が育成された。\n\n{marker}\n"), HostileOutcome.Failed, "older encoding"),
        new("Chinese text in GB18030", "gb18030.txt", () => CodePage(54936, $"宽带连接覆盖了农村学校，能力建设培训了教师。\n\n{marker}\n"), HostileOutcome.Failed, "older encoding"),
        new("Russian text in Windows-1251", "cp1251.txt", () => CodePage(1251, $"Генеральная Ассамблея просит Генерального секретаря.\n\n{marker}\n"), HostileOutcome.Failed, "older encoding"),
        new("Rich Text Format named as text", "rtf.txt", () => Utf8(Rtf(marker)), HostileOutcome.Failed, "Rich Text Format"),
        new("Rich Text Format named DOCX", "rtf.docx", () => Utf8(Rtf($"{marker} docx")), HostileOutcome.Failed, "Rich Text Format"),
        new("web archive (MHT) named DOCX", "webarchive.docx", () => Utf8(WebArchive($"{marker} docx")), HostileOutcome.Failed, "web archive"),
        new("text in UTF-8, then in Windows-1252 (two files joined)", "mixed.txt", () =>
            [.. Utf8($"Le renforcement des capacités numériques a progressé à l'école.\n\n"), .. Encoding.Latin1.GetBytes($"La coopération a été renforcée.\n\n{marker}\n")],
            HostileOutcome.Classified),
        new("text with NUL bytes and other controls strewn in its words", "controls.txt", () => Utf8(Repeat($"{Sentence} Le renforce\0ment des capacités a progressé.\n\n", 20) + $"Les écoles\u0007 rurales sont connectées. {Sentence}\n\n{marker}\n"),
            HostileOutcome.Classified),
        new("PDF named as text", "lying.txt", () => OnePagePdf(marker), HostileOutcome.Classified),
        new("DOCX named as Markdown", "lying.md", () => DocxPackage(Paragraphs(marker)), HostileOutcome.Classified),
    ];

    /// <summary>A page saved as a web archive: MIME headers, then the page in quoted-printable (as browsers and Word write it).</summary>
    private static string WebArchive(string marker) =>
        "MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\tboundary=\"----=_NextPart_000\";\r\n\ttype=\"text/html\"\r\n\r\n" +
        "------=_NextPart_000\r\nContent-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" +
        $"<html><body><p>Le renforcement des capacit=C3=A9s a progress=C3=A9. {Sentence} {marker}</p></body></html>\r\n------=_NextPart_000--\r\n";

    private static byte[] OpenDocumentText(string marker) => ZipOf(
        ("mimetype", Utf8("application/vnd.oasis.opendocument.text")),
        ("content.xml", Utf8($"<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"><office:body><office:text>{Sentence} {marker}</office:text></office:body></office:document-content>")));

    private static byte[] ZipOf(params (string Name, byte[] Content)[] entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(content);
            }
        }

        return output.ToArray();
    }

    private static string Rtf(string marker) => $"{{\\rtf1\\ansi\\deff0{{\\fonttbl{{\\f0 Times;}}}}\\f0\\fs24 {Sentence}\\par {marker}\\par}}";

    private static byte[] CodePage(int codePage, string text) => CodePagesEncodingProvider.Instance.GetEncoding(codePage)!.GetBytes(text);

    // ---- DOCX ----

    private static string Paragraphs(string marker) =>
        DocumentXml($"<w:p><w:r><w:t>{Sentence}</w:t></w:r></w:p><w:p><w:r><w:t>{marker}</w:t></w:r></w:p>");

    private static string DocumentXml(string body, bool declaration = true) =>
        (declaration ? "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" : "") +
        $"<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>";

    /// <summary>
    /// A DOCX of <paramref name="paragraphs"/> paragraphs in one list whose level <paramref name="level"/> counts from
    /// <paramref name="start"/> in <paramref name="format"/> (<c>upperLetter</c>, <c>lowerRoman</c>...).
    /// </summary>
    public static byte[] NumberedDocx(string format, int start, int level, int paragraphs, string marker) => DocxPackage(
        DocumentXml(Repeat($"<w:p><w:pPr><w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>{Sentence}</w:t></w:r></w:p>", paragraphs) +
            $"<w:p><w:r><w:t>{marker}</w:t></w:r></w:p>"),
        [
            ("word/_rels/document.xml.rels", Utf8(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/></Relationships>")),
            ("word/numbering.xml", Utf8(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">" +
                $"<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"{level}\"><w:start w:val=\"{start}\"/><w:numFmt w:val=\"{format}\"/><w:lvlText w:val=\"%{level + 1}.\"/></w:lvl></w:abstractNum>" +
                "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num></w:numbering>")),
        ],
        [("/word/numbering.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml")]);

    /// <summary>
    /// A DOCX whose one paragraph calls the same footnote <paramref name="calls"/> times: a note of 40 KB of distinct
    /// words, so that each copy of it read would cost its size again.
    /// </summary>
    public static byte[] NoteCalledAgainDocx(int calls, string marker) => DocxPackage(
        DocumentXml($"<w:p><w:r><w:t>{Sentence} {marker}</w:t></w:r></w:p><w:p><w:r><w:t>Teachers were trained.</w:t></w:r>" +
            Repeat("<w:r><w:footnoteReference w:id=\"1\"/></w:r>", calls) + "</w:p>"),
        [
            ("word/_rels/document.xml.rels", Utf8(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes\" Target=\"footnotes.xml\"/></Relationships>")),
            ("word/footnotes.xml", Utf8(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:footnotes xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">" +
                $"<w:footnote w:id=\"1\"><w:p><w:r><w:t>Source: {string.Join(' ', Enumerable.Range(0, 5_000).Select(i => $"w{i}"))}.</w:t></w:r></w:p></w:footnote></w:footnotes>")),
        ],
        [("/word/footnotes.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml")]);

    /// <summary>
    /// A DOCX package: content types (with <paramref name="overrides"/>), the package relationship, the document part
    /// (unless null) and <paramref name="extra"/> parts.
    /// </summary>
    public static byte[] DocxPackage(
        string? documentXml, IEnumerable<(string Name, byte[] Content)>? extra = null, IEnumerable<(string PartName, string ContentType)>? overrides = null)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, byte[] content)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                entry.Write(content);
            }

            Add("[Content_Types].xml", Utf8(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
                "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>" +
                string.Concat((overrides ?? []).Select(o => $"<Override PartName=\"{o.PartName}\" ContentType=\"{o.ContentType}\"/>")) + "</Types>"));
            Add("_rels/.rels", Utf8(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"));
            if (documentXml is not null)
            {
                Add("word/document.xml", Utf8(documentXml));
            }

            foreach (var (name, content) in extra ?? [])
            {
                Add(name, content);
            }
        }

        return stream.ToArray();
    }

    /// <summary>A DOCX whose document part inflates to 400 MB while its local header and central directory declare 4 KB.</summary>
    private static byte[] LyingZip(string marker)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var package = new ZipArchive(new MemoryStream(DocxPackage(null)), ZipArchiveMode.Read);
            foreach (var part in package.Entries)
            {
                using var source = part.Open();
                using var target = zip.CreateEntry(part.FullName).Open();
                source.CopyTo(target);
            }

            using var document = zip.CreateEntry("word/document.xml", CompressionLevel.Fastest).Open();
            document.Write(Utf8(DocumentXml($"<w:p><w:r><w:t>{marker}</w:t></w:r></w:p>")[..^"</w:body></w:document>".Length]));
            var chunk = Utf8(Repeat("<w:p/>", 1024 * 1024 / 6));
            for (var written = 0L; written < 400L * 1024 * 1024; written += chunk.Length)
            {
                document.Write(chunk);
            }

            document.Write("</w:body></w:document>"u8);
        }

        // Rewrite the declared uncompressed size (local header offset 22, central header offset 24) of word/document.xml.
        var bytes = stream.ToArray();
        var name = "word/document.xml"u8;
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            if (bytes.AsSpan(i).StartsWith("PK\u0003\u0004"u8) && bytes.AsSpan(i + 30).StartsWith(name))
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 22, 4), 4096);
            }
            else if (bytes.AsSpan(i).StartsWith("PK\u0001\u0002"u8) && bytes.AsSpan(i + 46).StartsWith(name))
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 24, 4), 4096);
            }
        }

        return bytes;
    }

    /// <summary>
    /// The first bytes of an OLE compound file, the container of Word 97-2003 files and of password-protected DOCX (whose
    /// package is an <c>EncryptedPackage</c> stream beside its <c>EncryptionInfo</c>).
    /// </summary>
    /// <summary>A plain ZIP of the entries given, in order, each stored under exactly the name given.</summary>
    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                entry.Write(Utf8(text));
            }
        }

        return stream.ToArray();
    }

    private static byte[] OleCompoundFile(bool encrypted, string marker)
    {
        var bytes = new byte[8192];
        new Random(marker.GetHashCode()).NextBytes(bytes);
        ReadOnlySpan<byte> magic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        magic.CopyTo(bytes);
        var names = encrypted ? "EncryptionInfo\0EncryptedPackage\0" : "WordDocument\01Table\0";
        Encoding.Unicode.GetBytes(names + marker).CopyTo(bytes, 1024);
        return bytes;
    }

    // ---- PDF ----

    private const string Helvetica = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

    private static byte[] OnePagePdf(string marker) => MiniPdf(
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        ContentStream($"BT /F1 12 Tf 72 720 Td ({Sentence}) Tj 0 -20 Td ({marker}) Tj ET"),
        Helvetica);

    private static string ContentStream(string content) => $"<< /Length {content.Length} >>\nstream\n{content}\nendstream";

    private static byte[] Stream(string dictionary, byte[] data) =>
        [.. Encoding.ASCII.GetBytes($"<< {dictionary} /Length {data.Length} >>\nstream\n"), .. data, .. "\nendstream"u8];

    private static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>A PDF of the given objects (numbered from 1; strings or bytes), with a correct cross-reference table.</summary>
    public static byte[] MiniPdf(params object[] objects) => BuildPdf(objects, trailer: "", encrypt: null);

    private static byte[] BuildPdf(object[] objects, string trailer, Func<int, byte[], byte[]>? encrypt)
    {
        var pdf = new MemoryStream();
        void Write(string text) => pdf.Write(Encoding.Latin1.GetBytes(text));
        Write("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Position);
            var body = objects[i] as byte[] ?? Encoding.Latin1.GetBytes((string)objects[i]);
            Write($"{i + 1} 0 obj\n");
            pdf.Write(encrypt is null ? body : encrypt(i + 1, body));
            Write("\nendobj\n");
        }

        var xref = pdf.Position;
        Write($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write($"{offset:D10} 00000 n \n");
        }

        Write($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R {trailer}>>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    /// <summary>
    /// One page with Helvetica as <c>/F1</c>, <paramref name="resources"/> beside it, drawing <paramref name="content"/>
    /// (compressed), then <paramref name="extra"/> objects from 6.
    /// </summary>
    private static byte[] OnePageDrawing(byte[] content, string resources, params object[] extra) =>
        FilteredPage("/FlateDecode", Deflate(content), resources, extra);

    /// <summary>The same, with content already encoded for <paramref name="filter"/>.</summary>
    private static byte[] FilteredPage(string filter, byte[] encoded, string resources, object[] extra) => MiniPdf(
    [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> {resources} >> /Contents 4 0 R >>",
        Stream($"/Filter {filter}", encoded),
        Helvetica,
        .. extra,
    ]);

    /// <summary>150 lines in small type, enough text for every code width and a cleared table.</summary>
    internal static byte[] LzwPageText(string marker) => Encoding.ASCII.GetBytes(
        "BT /F1 4 Tf 5 TL 20 770 Td\n" + string.Concat(Enumerable.Range(0, 150).Select(i => $"({Sentence} {marker} {i} {i * 7919 % 10007} {Sentence}) Tj T*\n")) + "ET");

    /// <summary>
    /// LZW as PDF writers code it: codes of 9 to 12 bits, most significant bit first, one bit wider one entry early
    /// (<c>/EarlyChange 1</c>), the table cleared before it is full.
    /// </summary>
    private static byte[] Lzw(byte[] data)
    {
        var output = new MemoryStream();
        var (bits, held, width, next) = (0L, 0, 9, 258);
        var table = new Dictionary<(int, byte), int>();
        void Emit(int code)
        {
            bits = (bits << width) | (uint)code;
            for (held += width; held >= 8; held -= 8)
            {
                output.WriteByte((byte)(bits >> (held - 8)));
            }

            bits &= (1L << held) - 1;
        }

        // The writer adds an entry with each code, the reader with each but a table's first, one code later: codes
        // widen when the reader's count reaches 2^n - 1, which is when the writer's reaches 2^n.
        void Grow()
        {
            next++;
            if (next >= 1 << width && width < 12)
            {
                width++;
            }
        }

        Emit(256);
        var current = -1;
        foreach (var b in data)
        {
            if (current < 0)
            {
                current = b;
            }
            else if (table.TryGetValue((current, b), out var longer))
            {
                current = longer;
            }
            else
            {
                Emit(current);
                table[(current, b)] = next;
                Grow();
                current = b;
                if (next >= 4_000)
                {
                    Emit(256);
                    (table, width, next) = ([], 9, 258);
                }
            }
        }

        if (current >= 0)
        {
            Emit(current);
        }

        Grow();
        Emit(257);
        if (held > 0)
        {
            output.WriteByte((byte)(bits << (8 - held)));
        }

        return output.ToArray();
    }

    /// <summary>
    /// LZW of one byte repeated: each code a run one longer than the last, 240 codes to a table (kept at 9 bits), so
    /// 272 bytes decode to 29,161.
    /// </summary>
    private static byte[] LzwRuns(byte repeated, int tables)
    {
        var output = new List<byte>();
        var (bits, held) = (0L, 0);
        foreach (var code in Enumerable.Range(0, tables).SelectMany(_ => new[] { 256, repeated }.Concat(Enumerable.Range(258, 240))).Append(257))
        {
            bits = (bits << 9) | (uint)code;
            for (held += 9; held >= 8; held -= 8)
            {
                output.Add((byte)(bits >> (held - 8)));
            }

            bits &= (1L << held) - 1;
        }

        output.Add((byte)(bits << (8 - held)));
        return [.. output];
    }

    /// <summary>A page drawing form 1 of <paramref name="depth"/> forms, each drawing the next with <paramref name="draw"/>; the last shows a word.</summary>
    private static byte[] FormChain(int depth, string draw, string marker) => OnePageDrawing(
        Encoding.ASCII.GetBytes($"BT /F1 12 Tf 72 720 Td ({Sentence} {marker}) Tj ET /X1 Do"), "/XObject << /X1 6 0 R >>",
        [.. Enumerable.Range(6, depth).Select(n => (object)(n < 5 + depth
            ? Stream($"/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /X1 {n + 1} 0 R >> >>", Encoding.ASCII.GetBytes(draw))
            : Stream("/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >>", "BT /F1 12 Tf 72 700 Td (deep) Tj ET"u8.ToArray())))]);

    /// <summary>Operations showing one letter at a time, <paramref name="operations"/> times, after a sentence.</summary>
    private static byte[] LetterOperations(int operations, string marker)
    {
        var content = new StringBuilder($"BT /F1 12 Tf 72 720 Td ({Sentence} {marker}) Tj ET\nBT /F1 1 Tf\n");
        for (var i = 0; i < operations; i++)
        {
            content.Append(i % 500 == 0 ? "1 0 0 1 10 700 Tm\n" : "").Append("(a) Tj\n");
        }

        return Encoding.ASCII.GetBytes(content.Append("ET").ToString());
    }

    /// <summary>One page whose content stream shows one letter at a time, <paramref name="operations"/> times (compressed).</summary>
    private static byte[] ManyTextOperations(int operations, string marker)
    {
        var content = new StringBuilder($"BT /F1 12 Tf 72 720 Td ({Sentence} {marker}) Tj ET\nBT /F1 1 Tf\n");
        for (var i = 0; i < operations; i++)
        {
            content.Append(i % 500 == 0 ? "1 0 0 1 10 700 Tm\n" : "").Append("(a) Tj\n");
        }

        content.Append("ET");
        return MiniPdf(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            Stream("/Filter /FlateDecode", Deflate(Encoding.ASCII.GetBytes(content.ToString()))),
            Helvetica);
    }

    private static byte[] BrokenXref(string marker)
    {
        var bytes = OnePagePdf(marker);
        var text = Encoding.Latin1.GetString(bytes);
        var xref = text.IndexOf("xref\n", StringComparison.Ordinal);
        var broken = text[..xref] + text[xref..].Replace(" 00000 n ", " 00000 n ").Replace("\n00000", "\n99999");
        return Encoding.Latin1.GetBytes(broken[..^20] + "startxref\n1\n%%EOF\n");
    }

    private static readonly byte[] Padding =
    [
        0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
        0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
    ];

    /// <summary>
    /// A one-page PDF encrypted with the standard security handler (RC4, 40-bit, revision 2), with an owner password
    /// and the given user password: with an empty one any reader opens it, as most "protected" reports are.
    /// </summary>
    private static byte[] EncryptedPdf(string userPassword, string marker)
    {
        static byte[] Pad(string password) => [.. Encoding.Latin1.GetBytes(password).Take(32), .. Padding.Take(32 - Math.Min(32, password.Length))];
        var id = MD5.HashData(Encoding.ASCII.GetBytes(marker));
        var owner = Rc4(MD5.HashData(Pad("owner-" + marker))[..5], Pad(userPassword));
        const int permissions = -44;
        var key = MD5.HashData([.. Pad(userPassword), .. owner, .. BitConverter.GetBytes(permissions), .. id])[..5];
        var user = Rc4(key, Padding);

        var content = $"BT /F1 12 Tf 72 720 Td ({Sentence}) Tj 0 -20 Td ({marker}) Tj ET";
        byte[] Encrypt(int number, byte[] body)
        {
            if (number != 4)
            {
                return body;
            }

            var objectKey = MD5.HashData([.. key, (byte)number, (byte)(number >> 8), (byte)(number >> 16), 0, 0])[..10];
            var data = Rc4(objectKey, Encoding.ASCII.GetBytes(content));
            return [.. Encoding.ASCII.GetBytes($"<< /Length {data.Length} >>\nstream\n"), .. data, .. "\nendstream"u8];
        }

        var hex = Convert.ToHexString(id);
        return BuildPdf(
            [
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
                "(content)",
                Helvetica,
                $"<< /Filter /Standard /V 1 /R 2 /O <{Convert.ToHexString(owner)}> /U <{Convert.ToHexString(user)}> /P {permissions} >>",
            ],
            $"/Encrypt 6 0 R /ID [<{hex}> <{hex}>] ",
            Encrypt);
    }

    private static byte[] Rc4(byte[] key, byte[] data)
    {
        var s = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        for (int i = 0, j = 0; i < 256; i++)
        {
            j = (j + s[i] + key[i % key.Length]) & 0xFF;
            (s[i], s[j]) = (s[j], s[i]);
        }

        var output = new byte[data.Length];
        for (int n = 0, i = 0, j = 0; n < data.Length; n++)
        {
            i = (i + 1) & 0xFF;
            j = (j + s[i]) & 0xFF;
            (s[i], s[j]) = (s[j], s[i]);
            output[n] = (byte)(data[n] ^ s[(s[i] + s[j]) & 0xFF]);
        }

        return output;
    }

    // ---- text ----

    private static string TableMarkdown(int columns, int rows)
    {
        var text = new StringBuilder();
        text.Append('|').Append(Repeat("h|", columns)).Append('\n').Append('|').Append(Repeat("-|", columns)).Append('\n');
        for (var r = 0; r < rows; r++)
        {
            text.Append('|').Append(Repeat("c|", columns)).Append('\n');
        }

        return text.ToString();
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
