using Serverless.Shared.Reading;

namespace Serverless.UnitTests.Reading;

/// <summary>Every file in <c>samples/</c> is uploaded by the demo, so each must parse into paragraphs.</summary>
public sealed class SampleFilesTests
{
    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(CorpusFiles.RepositoryRoot, "samples")).Order())
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void ParsesIntoParagraphs_When_SampleIsUploaded(string fileName)
    {
        // Arrange
        var path = Path.Combine(CorpusFiles.RepositoryRoot, "samples", fileName);

        // Act
        var parsed = Parsing.Parse(fileName, File.ReadAllBytes(path));

        // Assert
        Assert.True(parsed.Paragraphs.Count >= 5, $"{fileName}: {parsed.Paragraphs.Count} paragraphs");
        Assert.Contains(parsed.Paragraphs, p => p.Text.Contains("C2", StringComparison.Ordinal) || p.Text.Contains("C3", StringComparison.Ordinal));
        Assert.NotEqual("und", parsed.Profile.Language);
    }

    [Fact]
    public void DecodesAccents_When_TextIsWindows1252()
    {
        // Arrange
        var bytes = File.ReadAllBytes(Path.Combine(CorpusFiles.RepositoryRoot, "samples", "cea-contribution-2025.txt"));

        // Act
        var parsed = Parsing.Parse("cea-contribution-2025.txt", bytes);

        // Assert
        Assert.StartsWith("Contribution de la Commission économique pour l'Afrique", parsed.Paragraphs[0].Text);
        Assert.Equal("fr", parsed.Profile.Language);
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("utf-16le-nobom")]
    [InlineData("utf-32le")]
    [InlineData("utf-32be")]
    [InlineData("utf-32le-nobom")]
    [InlineData("utf-32be-nobom")]
    public void DecodesFrenchText_When_EncodingVaries(string encoding)
    {
        // Arrange
        const string text = "Grande orientation C4 : renforcement des capacités des États Membres, à l'échelle régionale.";
        var bytes = encoding switch
        {
            "utf-8-bom" => [.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(text)],
            "utf-16le" => [.. System.Text.Encoding.Unicode.GetPreamble(), .. System.Text.Encoding.Unicode.GetBytes(text)],
            "utf-16be" => [.. System.Text.Encoding.BigEndianUnicode.GetPreamble(), .. System.Text.Encoding.BigEndianUnicode.GetBytes(text)],
            // Before: UTF-32, with its BOM or without, was refused as "binary data".
            "utf-32le" => [.. System.Text.Encoding.UTF32.GetPreamble(), .. System.Text.Encoding.UTF32.GetBytes(text)],
            "utf-32be" => [.. new System.Text.UTF32Encoding(true, true).GetPreamble(), .. new System.Text.UTF32Encoding(true, false).GetBytes(text)],
            "utf-32le-nobom" => System.Text.Encoding.UTF32.GetBytes(text),
            "utf-32be-nobom" => new System.Text.UTF32Encoding(true, false).GetBytes(text),
            _ => System.Text.Encoding.Unicode.GetBytes(text),
        };

        // Act
        var decoded = TextDecoder.Decode(bytes);
        var (detected, preamble) = TextDecoder.DetectEncoding(bytes);

        // Assert
        Assert.Equal(text, decoded);
        Assert.Equal(text, detected.GetString(bytes[preamble..]));
    }
}
