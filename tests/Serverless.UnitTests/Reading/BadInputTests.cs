using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Serverless.Shared.Reading;

namespace Serverless.UnitTests.Reading;

/// <summary>
/// Damaged, hostile or empty uploads end with an <see cref="UnreadableDocumentException"/> whose message is written
/// for the person who sent the file: no stack trace, no exception names.
/// </summary>
public sealed class BadInputTests
{
    [Fact]
    public void ExplainsDamage_When_PdfIsCorrupt()
    {
        // Arrange
        var bytes = Encoding.ASCII.GetBytes("%PDF-1.7\n").Concat(RandomBytes(20_000, seed: 1)).ToArray();

        // Act
        var error = Assert.Throws<UnreadableDocumentException>(() => Parsing.Parse("report.pdf", bytes));

        // Assert
        AssertReadable(error, "damaged");
    }

    [Fact]
    public void ExplainsDamage_When_PdfIsTruncated()
    {
        // Arrange
        var whole = PdfSampleWriter.Write(SampleDocuments.ItuContribution);
        var truncated = whole[..(whole.Length / 20)];

        // Act
        var error = Assert.Throws<UnreadableDocumentException>(() => Parsing.Parse("report.pdf", truncated));

        // Assert
        AssertReadable(error);
    }

    [Fact]
    public void AsksForUnprotectedCopy_When_PdfIsEncrypted()
    {
        // Arrange
        var bytes = EncryptedPdf();

        // Act
        var error = Assert.Throws<UnreadableDocumentException>(() => Parsing.Parse("protected.pdf", bytes));

        // Assert
        AssertReadable(error, "password");
    }

    [Fact]
    public void SaysFileIsEmpty_When_PdfHasNoBytes()
    {
        // Act
        var error = Assert.Throws<UnreadableDocumentException>(() => Parsing.Parse("empty.pdf", []));

        // Assert
        AssertReadable(error, "empty");
    }

    [Theory]
    [InlineData("cstd-contribution-2025.pdf")] // LibreOffice's print, then through PostScript by pdftops and ps2pdf
    [InlineData("en-numbered.mutool.pdf")] // LibreOffice's print re-made by mutool convert: each glyph mapped to its own number
    public void SaysTheLettersCarryNoText_When_PdfFontsMapGlyphsToNoCharacters(string name)
    {
        // Contributions whose fonts lost their character maps on the way: pdftotext reads control codes or blanks too
        // (tests/renditions/README.md, unmapped/).
        var bytes = File.ReadAllBytes(Path.Combine(Renditions.RenditionCorpus.Folder, "unmapped", name));

        var error = Assert.Throws<UnreadableDocumentException>(() => Parsing.Parse("contribution.pdf", bytes));

        Assert.Contains("carry no text", error.Message);
        Assert.Contains("Export the PDF again", error.Message);
    }

    [Fact]
    public void SaysItIsAScan_When_PdfPagesArePicturesWithoutText()
    {
        // Arrange: two pages that each show a picture (an 8x8 grey PNG stretched over the page), as a scanner makes them.
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAD0lEQVR4nGNowAEYhpYEAILzYAGc7g8kAAAAAElFTkSuQmCC");
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        for (var i = 0; i < 2; i++)
        {
            builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4)
                .AddPng(png, new UglyToad.PdfPig.Core.PdfRectangle(0, 0, 595, 842));
        }

        var bytes = builder.Build();

        // Act
        var error = Assert.Throws<UnreadableDocumentException>(() => Parsing.Parse("scan.pdf", bytes));

        // Assert
        AssertReadable(error, "is a scan");
        Assert.Contains("2 pages are pictures", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SaysThereIsNoText_When_PdfPagesAreBlank()
    {
        // Arrange
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var bytes = builder.Build();

        // Act
        var error = Assert.Throws<UnreadableDocumentException>(() => Parsing.Parse("scan.pdf", bytes));

        // Assert
        AssertReadable(error, "no selectable text");
    }

    [Fact]
    public void RefusesToExpand_When_DocxIsZipBomb()
    {
        // Arrange: 64 MB of zeros compress to about 64 KB.
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml").Open().Dispose();
            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 64; i++)
            {
                entry.Write(zeros);
            }
        }

        var before = GC.GetAllocatedBytesForCurrentThread();

        // Act
        var error = Assert.Throws<UnreadableDocumentException>(() => Parsing.Parse("bomb.docx", stream.ToArray()));

        // Assert
        AssertReadable(error, "zip bomb");
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 16 * 1024 * 1024, "the bomb was expanded");
    }

    [Fact]
    public void SaysThereIsNoBody_When_DocxHasNoBody()
    {
        // Arrange
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            package.AddMainDocumentPart().Document = new Document();
        }

        // Act
        var error = Assert.Throws<UnreadableDocumentException>(() => Parsing.Parse("nobody.docx", stream.ToArray()));

        // Assert
        AssertReadable(error, "no document body");
    }

    [Fact]
    public void ExplainsDamage_When_DocxIsNotAZip()
    {
        // Act
        var error = Assert.Throws<UnreadableDocumentException>(() => Parsing.Parse("contribution.docx", RandomBytes(5000, seed: 2)));

        // Assert
        AssertReadable(error, "damaged");
    }

    [Fact]
    public void SaysItIsBinary_When_TextFileHoldsBinaryBytes()
    {
        // Act
        var error = Assert.Throws<UnreadableDocumentException>(() => Parsing.Parse("notes.txt", RandomBytes(10_000, seed: 3)));

        // Assert
        AssertReadable(error, "binary");
    }

    [Theory]
    [InlineData(932, "notes.txt", "ブロードバンド接続は農村部の学校に届き、教員が育成された。")]
    [InlineData(54936, "notes.md", "宽带连接覆盖了农村学校，能力建设培训了教师。")]
    [InlineData(51949, "notes.txt", "광대역 연결이 농촌 학교에 도달했습니다.")]
    [InlineData(1251, "page.html", "<p>Генеральная Ассамблея просит Генерального секретаря.</p>")]
    [InlineData(1256, "notes.txt", "تطلب الجمعية العامة إلى الأمين العام تقديم تقرير.")]
    public void SaysToSaveAsUtf8_When_TextIsInAnOlderEncodingOfAnotherScript(int codePage, string name, string text)
    {
        // Before: read as Windows-1252 letters ("¿í´øÁ¬½Ó", "Ãåíåðàëüíàÿ") and classified, or (Shift-JIS) refused as binary data.
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(codePage)!.GetBytes($"{text}\n\n{text}\n\nWSIS 2025\n");

        var error = Assert.Throws<UnreadableDocumentException>(() => Parsing.Parse(name, bytes));

        AssertReadable(error, "Save it as UTF-8");
    }

    [Theory]
    [InlineData("« Le renforcement des capacités numériques a progressé à l’école » : déjà ; « Œuvre » — “cité” … été\n")]
    [InlineData("Grüße aus Zürich: die Straße, ¿Qué año? Él está aquí. Ça, œuvre, naïveté, façade, coöperation.\n")]
    public void ReadsWindows1252_When_ItsAccentsAndQuotesStandBetweenLatinLetters(string line)
    {
        // Western European text has its bytes above 127 alone or in pairs (a letter and a no-break space): still read.
        var text = string.Concat(Enumerable.Repeat(line.Replace(" »", "\u00A0»").Replace("« ", "«\u00A0"), 200));
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(text);

        var paragraphs = Parsing.Parse("notes.txt", bytes).Paragraphs;

        Assert.Contains(line[..20], paragraphs[0].Text.Replace('\u00A0', ' '), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rtf.txt", "Rich Text Format")]
    [InlineData("rtf.html", "Rich Text Format")]
    [InlineData("rtf.docx", "Rich Text Format")]
    [InlineData("webarchive.html", "web archive")]
    [InlineData("webarchive.docx", "web archive")]
    [InlineData("old.html", "older Office file")]
    [InlineData("odt.html", "OpenDocument text")]
    [InlineData("archive.txt", "ZIP archive")]
    public void NamesTheFormat_When_AFileOfAnotherFormatIsRenamed(string name, string expected)
    {
        // Before: RTF and the web archive named .txt, .md or .html were read as their control words, MIME headers and
        // quoted-printable code ("d=C3=A9veloppement") and classified; named .docx, "damaged"; the .doc named .html was
        // "binary data"; the OpenDocument text and the ZIP, "'odt.html' is not a supported format. Supported: ..., html".
        var file = Serverless.IntegrationTests.Hostile.HostileFiles.All("m").Single(f => f.FileName == name);

        var error = Assert.Throws<UnreadableDocumentException>(() => Parsing.Parse(name, file.Build()));

        Assert.Contains(expected, error.Message);
    }

    [Theory]
    [InlineData("notes.txt", "Content-Type: multipart/related\n\nWe read the sentence.\n")]
    [InlineData("notes.md", "Subject: the plan\nContent-Type: text/plain\n\nWe read the sentence.\n")]
    [InlineData("notes.txt", "Content-Type: multipart/mixed and other words\nWe read the sentence.\n")]
    [InlineData("notes.md", "A Rich Text file opens with {\\rtf1.\n\nWe read the sentence.\n")]
    public void ReadsTheText_When_ItOnlyMentionsAnotherFormat(string name, string text)
    {
        // A header block of one line, one that is not multipart, a header line not followed by a blank one, RTF's
        // opening not at the start of the file: text about the formats, read.
        var document = Parsing.Parse(name, text);

        Assert.Contains(document.Paragraphs, p => p.Text.Contains("We read the sentence.", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadsEachPartInItsEncoding_When_ATextMixesUtf8AndWindows1252()
    {
        // Before: read whole as Windows-1252, the UTF-8 part's accents became two letters each ("numÃ©riques").
        var bytes = Encoding.UTF8.GetBytes("Le renforcement des capacités numériques a progressé à l'école.\n\n")
            .Concat(Encoding.Latin1.GetBytes("La coopération a été renforcée.\n")).ToArray();

        var texts = Parsing.Parse("joined.txt", bytes).Paragraphs.Select(p => p.Text).ToArray();

        Assert.Equal(["Le renforcement des capacités numériques a progressé à l'école.", "La coopération a été renforcée."], texts);
    }

    [Fact]
    public void ReadsWindows1252_When_ItHoldsOneUtf8LookingPair()
    {
        // A capital with an accent before a no-break space codes a UTF-8 letter (É + U+00A0 is U+0260): one such pair is
        // no UTF-8 passage, and the text stays Windows-1252 throughout.
        var bytes = Encoding.Latin1.GetBytes("SÉCURITÉ\u00A0: la coopération a été renforcée.\n");

        var paragraph = Assert.Single(Parsing.Parse("cp1252.txt", bytes).Paragraphs);

        Assert.StartsWith("SÉCURITÉ", paragraph.Text, StringComparison.Ordinal);
        Assert.EndsWith(": la coopération a été renforcée.", paragraph.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void SaysItIsAFrameset_When_AnHtmlPageOnlyShowsOtherPages()
    {
        // Before: the <noframes> content, kept raw by the parser, was read with its tags ("<body><p>...").
        var file = Serverless.IntegrationTests.Hostile.HostileFiles.All("m").Single(f => f.FileName == "frameset.html");

        var error = Assert.Throws<UnreadableDocumentException>(() => Parsing.Parse("frameset.html", file.Build()));

        Assert.Contains("frameset", error.Message);
    }

    [Fact]
    public void IgnoresScriptsAndStyles_When_HtmlContainsThem()
    {
        // Arrange
        const string html = "<html><head><style>p { color: red }</style><script>var secret = 'head';</script></head><body>" +
                            "<script>document.write('injected text')</script><noscript>enable scripts</noscript>" +
                            "<h1>Contribution</h1><p>Action line C2 progressed.<script>alert('inline')</script></p></body></html>";

        // Act
        var parsed = Parsing.Parse("page.html", html);

        // Assert
        Assert.Equal(["Contribution", "Action line C2 progressed."], parsed.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void SaysThereIsNoText_When_HtmlHoldsOnlyScripts()
    {
        // Act
        var error = Assert.Throws<UnreadableDocumentException>(() => Parsing.Parse("page.html", "<html><body><script>alert(1)</script></body></html>"));

        // Assert
        AssertReadable(error, "no text");
    }

    [Fact]
    public void RefusesWithoutLoading_When_FileIs200Megabytes()
    {
        // Arrange: a sparse file, so the test itself stays small on disk and in memory.
        var path = Path.Combine(Path.GetTempPath(), $"wsis-large-{Guid.NewGuid():N}.txt");
        using (var file = new FileStream(path, FileMode.CreateNew))
        {
            file.SetLength(200L * 1024 * 1024);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        try
        {
            // Act
            var error = Assert.Throws<UnreadableDocumentException>(() => DocumentSource.FromFile(path));

            // Assert
            AssertReadable(error, "too large");
            Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1024 * 1024, "the file was loaded");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void RefusesBeforeReading_When_UploadedBytesExceedTheLimit()
    {
        // Arrange
        var bytes = new byte[ReadingLimits.MaxFileBytes + 1];
        bytes.AsSpan().Fill((byte)'a');

        // Act
        var error = Assert.Throws<UnreadableDocumentException>(() => Parsing.Parse("huge.txt", bytes));

        // Assert
        AssertReadable(error, "too large");
    }

    private static void AssertReadable(UnreadableDocumentException error, string? expected = null)
    {
        if (expected is not null)
        {
            Assert.Contains(expected, error.Message, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain("Exception", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", error.Message, StringComparison.Ordinal);
    }

    private static byte[] RandomBytes(int count, int seed)
    {
        var bytes = new byte[count];
        new Random(seed).NextBytes(bytes);
        bytes[0] = 0x01; // not a magic number of any format
        return bytes;
    }

    /// <summary>A one-page PDF whose trailer declares standard encryption with a user password the reader does not have.</summary>
    private static byte[] EncryptedPdf()
    {
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
            "<< /Filter /Standard /V 1 /R 2 /O <" + new string('A', 64) + "> /U <" + new string('B', 64) + "> /P -44 >>",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append($"{offset:D10} 00000 n \n");
        }

        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
