using System.Text;
using Serverless.Local.Cli;

namespace Serverless.IntegrationTests.Cli;

/// <summary><c>./wsis classify</c> reads its lines as bytes: they must be the lines <see cref="StreamReader.ReadLine"/> reads.</summary>
public sealed class Utf8LineReaderTests
{
    public static TheoryData<string> Texts() =>
    [
        "",
        "one line",
        "two\nlines\n",
        "windows\r\nlines\r\n",
        "old mac\rlines\r",
        "mixed\r\n\r\n\n\r\rends\n\r",
        "\n\nblank first",
        "accents: é, œ, — and 😀 across\nthe buffer's edge\r\n" + new string('x', 37) + "\r\n" + new string('y', 5),
        "\uFEFFa byte order mark\nthen more",
        "no end at the end\r",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void ReadsTheLinesStreamReaderReads_When_TheTextIsUtf8(string text)
    {
        // A tiny buffer puts line ends, \r\n pairs and multi-byte letters across its edge.
        foreach (var size in new[] { 16, 17, 19, 64, 1 << 16 })
        {
            Assert.Equal(ReadLines(Encoding.UTF8.GetBytes(text)), Lines(Encoding.UTF8.GetBytes(text), size));
        }
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void ReadsTheLinesStreamReaderReads_When_TheTextIsUtf16WithItsMark(string text)
    {
        foreach (var encoding in new Encoding[] { Encoding.Unicode, Encoding.BigEndianUnicode, Encoding.UTF32 })
        {
            var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray();
            Assert.Equal(ReadLines(bytes), Lines(bytes, 16));
        }
    }

    [Fact]
    public void KeepsTheBytes_When_ALineIsNotValidUtf8()
    {
        var bytes = new byte[] { (byte)'a', 0xC3, (byte)'\n', 0xFF, (byte)'b' };

        var lines = new List<byte[]>();
        var reader = new Utf8LineReader(new MemoryStream(bytes), 16);
        while (reader.TryReadLine(out var line))
        {
            lines.Add(line.ToArray());
        }

        Assert.Equal([new byte[] { (byte)'a', 0xC3 }, [0xFF, (byte)'b']], lines);
    }

    private static List<string> ReadLines(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }

    private static List<string> Lines(byte[] bytes, int bufferSize)
    {
        var reader = new Utf8LineReader(new MemoryStream(bytes), bufferSize);
        var lines = new List<string>();
        while (reader.TryReadLine(out var line))
        {
            lines.Add(Encoding.UTF8.GetString(line));
        }

        return lines;
    }
}
