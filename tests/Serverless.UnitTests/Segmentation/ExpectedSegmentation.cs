using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Serverless.UnitTests.Segmentation;

/// <summary>
/// The expected paragraphs of a corpus document, written from a reading of the document and stored without its text:
/// per paragraph its number, kind, first 50 characters, length and the SHA-256 (first 16 hex digits) of its
/// normalised text. Normalisation: Unicode NFC, every run of white space (including no-break spaces) replaced by
/// one space, ends trimmed; length in UTF-16 code units; hash over the UTF-8 bytes.
/// </summary>
public sealed record ExpectedSegmentation(string Document, IReadOnlyList<ExpectedParagraph> Paragraphs)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static ExpectedSegmentation Load(string documentFileName)
    {
        var path = Path.Combine(CorpusFiles.RepositoryRoot, "tests", "Serverless.UnitTests", "Segmentation", "Expected",
            Path.ChangeExtension(documentFileName, ".json"));
        return JsonSerializer.Deserialize<ExpectedSegmentation>(File.ReadAllText(path), Json)
               ?? throw new InvalidDataException($"{path} is empty.");
    }

    public static string Normalise(string text) =>
        Whitespace().Replace(text.Normalize(NormalizationForm.FormC), " ").Trim();

    public static string Hash(string normalised) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)))[..16];

    private static Regex Whitespace() => new(@"\s+", RegexOptions.CultureInvariant);
}
