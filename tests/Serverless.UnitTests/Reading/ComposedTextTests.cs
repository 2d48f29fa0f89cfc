using System.Diagnostics;
using System.Text;
using Serverless.Shared.Reading;

namespace Serverless.UnitTests.Reading;

/// <summary>Read text reaches segmentation and the classifier in composed form (NFC), whatever form the file used.</summary>
public sealed class ComposedTextTests
{
    private const string Request = "L’Assemblée générale prie le Secrétaire général de présenter un rapport sur la cybersécurité.";

    [Theory]
    [InlineData("notes.txt")]
    [InlineData("notes.md")]
    [InlineData("notes.html")]
    public void ReadsLettersComposed_When_TheFileSpellsThemAsALetterAndAnAccent(string name)
    {
        // Before: "Assemble\u0301e ge\u0301ne\u0301rale" reached the classifier as written, and no French word matched it.
        var decomposed = Request.Normalize(NormalizationForm.FormD);
        var content = name.EndsWith(".html", StringComparison.Ordinal) ? $"<html><body><p>{decomposed}</p></body></html>" : decomposed + "\n";

        var paragraph = Assert.Single(Parsing.Parse(name, content).Paragraphs);

        Assert.Equal(Request, paragraph.Text);
    }

    [Fact]
    public void CutsARunOfCombiningMarks_ToTheStreamSafeLimit_InLinearTime()
    {
        // A million marks of two classes on one letter: reordering them to compose would take minutes.
        var flood = "Rapport e" + string.Concat(Enumerable.Repeat("\u0301\u0316", 500_000)) + " final.";
        var watch = Stopwatch.StartNew();

        var composed = ComposedText.Compose(flood);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"{watch.Elapsed.TotalSeconds:0.0} s");
        Assert.StartsWith("Rapport ", composed);
        Assert.EndsWith(" final.", composed);
        Assert.InRange(composed.Length, "Rapport e final.".Length, "Rapport e final.".Length + ComposedText.MaxCombiningMarks);
    }

    [Fact]
    public void KeepsTheMarksOfRealWriting()
    {
        // Vietnamese stacks two marks on a vowel; Devanagari and Arabic carry their own marks.
        foreach (var text in new[] { "Nguy\u1EC5n", "\u0939\u093F\u0928\u094D\u0926\u0940", "\u0645\u064F\u062D\u064E\u0645\u064E\u0651\u062F", "Plain ASCII." })
        {
            Assert.Same(text, ComposedText.Compose(text));
        }
    }

    [Fact]
    public void WritesAnUnpairedSurrogate_AsTheReplacementCharacter()
    {
        Assert.Equal("a\uFFFDb \U0001F30D c\uFFFD", ComposedText.Compose("a\uD800b \U0001F30D c\uDC00"));
    }

    [Fact]
    public void WritesLigatureCharacters_AsTheLettersTheyJoin()
    {
        Assert.Equal("Affirms the official flows", ComposedText.Compose("Af\uFB01rms the o\uFB03cial \uFB02ows"));
    }
}
