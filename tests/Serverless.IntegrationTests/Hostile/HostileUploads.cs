using System.IO.Compression;
using System.Text;

namespace Serverless.IntegrationTests.Hostile;

/// <summary>What a hostile upload must end as: refused at the door with a problem body, or a final status.</summary>
public enum HostileOutcome
{
    /// <summary>Answered 4xx with a problem body; nothing stored.</summary>
    Refused,

    /// <summary>Accepted and ends <c>Classified</c>.</summary>
    Classified,

    /// <summary>Accepted and ends <c>Failed</c> with a reason a person understands.</summary>
    Failed,

    /// <summary>Accepted and ends in either final status (the point is that it ends, in time).</summary>
    Final,
}

/// <summary>
/// One crafted upload: the query of <c>POST /api/documents</c>, the body, and what it must end as. <see cref="Expect"/>
/// holds the words the answer or the failure reason must contain, when it matters.
/// </summary>
public sealed record HostileUpload(string Label, string Query, byte[] Body, HostileOutcome Outcome, string? Expect = null, string? ContentType = null, int RefusedStatus = 400);

/// <summary>
/// The crafted files and names of the hostile-input suite (and of the throughput harness's <c>hostile</c> pass, which
/// measures time and memory on them). <paramref name="limit"/> is the upload limit of the host they are sent to, so the
/// large ones stay just under it. Each carries a marker that makes its bytes unique.
/// </summary>
public static class HostileUploads
{
    public static IReadOnlyList<HostileUpload> All(long limit, string marker)
    {
        byte[] Text(string text) => Encoding.UTF8.GetBytes($"{text}\n\n{marker}\n");
        string Q(string name, string extra = "") => $"name={Uri.EscapeDataString(name)}&year=2165{extra}";
        var contribution = Text("# Contribution\n\n1. Broadband connectivity reached rural districts.\n\n2. Digital skills training was given to teachers.");

        return
        [
            // Names, years and entities.
            new("name is a dot", Q("."), contribution, HostileOutcome.Refused, "not a file name"),
            new("name is two dots", Q(".."), contribution, HostileOutcome.Refused, "not a file name"),
            new("name is three dots", Q("..."), contribution, HostileOutcome.Refused, "not a file name"),
            new("name climbs with backslashes", Q("..\\x.md"), Text("# Climb\n\nBroadband for schools."), HostileOutcome.Classified),
            new("name climbs with slashes", Q("../../etc/passwd.md"), Text("# Passwd\n\nBroadband for schools."), HostileOutcome.Classified),
            new("name is only a separator", Q("/"), contribution, HostileOutcome.Refused, "not a file name"),
            new("name carries CR LF", Q("evil\r\n2025-01-01 INFO forged.md"), Text("# Forged\n\nCapacity building for teachers."), HostileOutcome.Classified),
            new("name carries NUL", Q("\0"), contribution, HostileOutcome.Refused, "not a file name"),
            new("name is a device", Q("CON.md"), Text("# Device\n\nCybersecurity workshops."), HostileOutcome.Classified),
            new("name is 5,000 characters", Q(new string('n', 5_000) + ".md"), Text("# Long name\n\nE-government services."), HostileOutcome.Classified),
            new("name reads backwards", Q("report\u202Edm.exe"), Text("# Backwards\n\nE-learning for pupils."), HostileOutcome.Final),
            new("name is only an extension", Q(".md"), Text("# Extension only\n\nMedia freedom."), HostileOutcome.Final),
            new("name is missing", "year=2165", contribution, HostileOutcome.Refused, "Give the file name"),
            new("entity is two dots", Q("e.md", "&entity=.."), contribution, HostileOutcome.Refused, "not an entity name"),
            new("entity is a dot", Q("e.md", "&entity=."), contribution, HostileOutcome.Refused, "not an entity name"),
            new("entity has a separator", Q("e.md", "&entity=a%2Fb"), contribution, HostileOutcome.Refused, "may not contain"),
            new("entity has a backslash", Q("e.md", "&entity=a%5C..%5Cb"), contribution, HostileOutcome.Refused, "may not contain"),
            new("entity has a line feed", Q("e.md", "&entity=IT%0AU"), contribution, HostileOutcome.Refused, "control characters"),
            new("entity is 5,000 characters", Q("e.md", "&entity=" + new string('e', 5_000)), contribution, HostileOutcome.Refused, "at most"),
            new("year is five digits", "name=y.md&year=20255", contribution, HostileOutcome.Refused, "is not a year"),
            new("year is words", "name=y.md&year=nineteen", contribution, HostileOutcome.Refused, "is not a year"),

            // Bodies.
            new("empty body", Q("empty.md"), [], HostileOutcome.Failed, "empty"),
            new("one byte over the limit", Q("big.txt"), new byte[limit + 1], HostileOutcome.Refused, "larger than", RefusedStatus: 413),
            new("multipart form", Q("form.md"), Multipart(Text("# Form\n\nDigital inclusion of women.")), HostileOutcome.Classified, ContentType: "multipart/form-data; boundary=wsis-boundary"),
            new("multipart form without a file", Q("nofile.md"), Encoding.ASCII.GetBytes("--wsis-boundary\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n1\r\n--wsis-boundary--\r\n"), HostileOutcome.Refused, "carries no file", ContentType: "multipart/form-data; boundary=wsis-boundary"),
            new("multipart form without a boundary", Q("noboundary.md"), contribution, HostileOutcome.Refused, "no boundary", ContentType: "multipart/form-data"),

            // Resource bombs.
            new("PDF compressed-stream bomb", Q("bomb.pdf"), PdfBomb(inflatedBytes: 300L * 1024 * 1024), HostileOutcome.Failed, "compression bomb"),
            new("HTML nested past the limit", Q("deep.html"), Text(Nested((int)Math.Min(100_000, (limit - 200) / 11))), HostileOutcome.Failed, "levels deep"),
            new("DOCX zip bomb", Q("bomb.docx"), ZipBomb(), HostileOutcome.Failed, "zip bomb"),
            limit - 1024 > Serverless.Shared.Reading.ReadingLimits.MaxLineLength
                ? new("one line of text up to the limit", Q("oneline.txt"), OneLine(limit - 1024, marker), HostileOutcome.Failed, "without a line break")
                : new("one line of text up to the limit", Q("oneline.txt"), OneLine(limit - 1024, marker), HostileOutcome.Classified),
            new("a paragraph of 900,000 characters", Q("longparagraph.md"), OneLine(900_000, marker), HostileOutcome.Classified),
            new("100,000 one-word lines", Q("lines.txt"), Text(string.Join('\n', Enumerable.Repeat("a", 100_000))), HostileOutcome.Failed, "paragraphs; at most"),
            new("1,000 headings", Q("headings.md"), Text(string.Concat(Enumerable.Range(0, 1_000).Select(i => $"# H{i}\n\n"))), HostileOutcome.Classified),

            // Damaged and disguised files.
            new("random bytes named PDF", Q("random.pdf"), Random(200_000, 1), HostileOutcome.Failed),
            new("PDF header only", Q("header.pdf"), Encoding.ASCII.GetBytes($"%PDF-1.7\n%{marker}"), HostileOutcome.Failed),
            new("text named PDF", Q("notpdf.pdf"), Text("Plain text pretending to be a PDF."), HostileOutcome.Failed, "not one"),
            new("text named DOCX", Q("notdocx.docx"), Text("Plain text pretending to be a DOCX."), HostileOutcome.Failed),
            new("random bytes named DOCX", Q("random.docx"), [0x50, 0x4B, 0x03, 0x04, .. Random(50_000, 2)], HostileOutcome.Failed),
            new("random bytes named text", Q("random.txt"), Random(100_000, 3), HostileOutcome.Final),
            new("executable", Q("tool.exe"), [0x4D, 0x5A, .. Random(10_000, 4)], HostileOutcome.Failed, "not a supported format"),
            new("slides", Q("slides.pptx"), [0x50, 0x4B, 0x03, 0x04, .. Random(10_000, 5)], HostileOutcome.Failed, "not a supported format"),
            new("only white space", Q("blank.txt"), Encoding.UTF8.GetBytes(new string(' ', 1000) + "\n\n\t\n" + new string('\u00A0', 100)), HostileOutcome.Failed),
            new("NUL bytes in text", Q("nul.txt"), Text("Broadband\0 for\0 schools.\0\0\0"), HostileOutcome.Final),
            new("UTF-16 with BOM", Q("utf16.txt"), [0xFF, 0xFE, .. Encoding.Unicode.GetBytes($"# UTF-16\n\nBroadband connectivity for schools.\n\n{marker}")], HostileOutcome.Classified),

            // Markup that must stay text.
            new("script in HTML", Q("script.html"), Text("<html><body><script>alert('wsis')</script><p>Cybersecurity for all.</p></body></html>"), HostileOutcome.Classified),
            new("javascript link in text", Q("link.txt"), Text("See [x](javascript:alert(1)) for the broadband plan and the rest of the line."), HostileOutcome.Final),
            new("billion laughs in HTML", Q("laughs.html"), Text("<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><html><body><p>&c; broadband</p></body></html>"), HostileOutcome.Final),
        ];
    }

    /// <summary>A PDF whose one Flate content stream inflates to <paramref name="inflatedBytes"/> (about 1,000 times its size).</summary>
    public static byte[] PdfBomb(long inflatedBytes)
    {
        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (long written = 0; written < inflatedBytes; written += zeros.Length)
            {
                zlib.Write(zeros);
            }
        }

        var data = compressed.ToArray();
        var pdf = new MemoryStream();
        void Write(string text) => pdf.Write(Encoding.ASCII.GetBytes(text));
        Write("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
        Write("3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>\nendobj\n");
        Write($"4 0 obj\n<< /Length {data.Length} /Filter /FlateDecode >>\nstream\n");
        pdf.Write(data);
        Write("\nendstream\nendobj\ntrailer\n<< /Root 1 0 R /Size 5 >>\n%%EOF\n");
        return pdf.ToArray();
    }

    public static string Nested(int depth) =>
        "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "deep" + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";

    /// <summary>Sentences on one line, with no line break at all, of about <paramref name="size"/> bytes.</summary>
    public static byte[] OneLine(long size, string marker)
    {
        var text = new StringBuilder((int)size);
        text.Append(marker).Append(' ');
        for (var i = 0; text.Length < size - 100; i++)
        {
            text.Append("Broadband connectivity reached rural district ").Append(i).Append(" this year. ");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static byte[] ZipBomb()
    {
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

        return stream.ToArray();
    }

    private static byte[] Multipart(byte[] file)
    {
        var head = Encoding.ASCII.GetBytes(
            "--wsis-boundary\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nnot content\r\n" +
            "--wsis-boundary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"form.md\"\r\nContent-Type: text/markdown\r\n\r\n");
        return [.. head, .. file, .. Encoding.ASCII.GetBytes("\r\n--wsis-boundary--\r\n")];
    }

    private static byte[] Random(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
