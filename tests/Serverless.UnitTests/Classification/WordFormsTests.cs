using Serverless.Evaluation;
using Serverless.Shared.Classification;

namespace Serverless.UnitTests.Classification;

/// <summary>
/// The tokeniser remembers what each folded word became (<see cref="WordForms"/>): read from memory or worked out
/// again, every token, word and id must be the same, on every labelled paragraph and on words made to be awkward.
/// </summary>
public class WordFormsTests
{
    private static readonly string[] AwkwardTexts =
    [
        "Les agriculteurs numérisés du cœur de l'Afrique et l'œuvre des États Membres.",
        "A word far too long to keep: pneumonoultramicroscopicsilicovolcanoconiosisandmore and then capacity building.",
        "Requests the Secretary-General's report; invites all stakeholders' d'accord l'homme to strengthen e-health.",
        "Prie le Secrétaire général de présenter, d'ici à 2030, un rapport sur la cybersanté et la cyberagriculture.",
        "l' d' qu' 's l'l'l' ’s le la les the of",
        "",
        "x",
    ];

    [Fact]
    public void ReadsTheSameTokensAndWords_When_FormsAreRemembered()
    {
        var texts = Texts();
        Assert.True(texts.Count > 1000, $"only {texts.Count} paragraphs to compare");
        foreach (var language in LanguageCatalog.Default.Languages)
        {
            var tokeniser = new Tokeniser(language);
            var table = new WordTable(Stems(tokeniser, texts).Where((_, k) => k % 2 == 0));
            WordResolver resolve = w => w.Length % 3 == 0 ? -1 : (string.GetHashCode(w) & 0xFFFF);
            var forms = new WordForms(resolve);

            // Twice: the first pass fills the forms, the second reads nearly every word from them.
            foreach (var pass in new[] { 1, 2 })
            {
                foreach (var text in texts)
                {
                    var expected = new TokenisedWords(text.Length, table);
                    tokeniser.Tokenise(text, resolve, expected);
                    var remembered = new TokenisedWords(text.Length, table);
                    tokeniser.Tokenise(text, forms, remembered);
                    Assert.Equal(Describe(expected), Describe(remembered));

                    var tokens = new List<TextToken>();
                    tokeniser.Tokenise(text, forms, tokens);
                    Assert.Equal(expected.Tokens, tokens);
                }
            }

            Assert.True(forms.Count > 1000, $"only {forms.Count} words remembered in {language.Code}");
        }
    }

    [Fact]
    public void KeepsAtMostMaxWords_When_TextsHoldMoreWords()
    {
        var tokeniser = new Tokeniser(LanguageCatalog.Default.Languages[0]);
        var forms = new WordForms(w => w.Length);
        var text = string.Join(' ', Enumerable.Range(0, WordForms.MaxWords + 5000).Select(Word));

        var words = new TokenisedWords(text.Length);
        tokeniser.Tokenise(text, forms, words);

        Assert.Equal(WordForms.MaxWords, forms.Count);
        Assert.Equal(WordForms.MaxWords + 5000, words.Count);
        var again = new TokenisedWords(text.Length);
        tokeniser.Tokenise(text, forms, again);
        Assert.Equal(words.Tokens, again.Tokens);
    }

    [Fact]
    public void ReadsTheSameTokensAndWords_When_ThreadsFillTheFormsAtOnce()
    {
        // Arrange: the tokens and words each paragraph gives worked out anew, and one set of forms for four threads.
        var language = LanguageCatalog.Default.Languages[0];
        var tokeniser = new Tokeniser(language);
        var texts = Texts();
        var table = new WordTable(Stems(tokeniser, texts).Where((_, k) => k % 2 == 0));
        WordResolver resolve = w => w.Length % 3 == 0 ? -1 : (string.GetHashCode(w) & 0xFFFF);
        var expected = texts.Select(text =>
        {
            var words = new TokenisedWords(text.Length, table);
            tokeniser.Tokenise(text, resolve, words);
            return Describe(words);
        }).ToList();
        var forms = new WordForms(resolve);

        // Act: four threads read every paragraph, each in its own order, so they add the same words at the same time.
        var read = Enumerable.Range(0, 4).AsParallel().WithDegreeOfParallelism(4).Select(thread =>
        {
            var found = new List<string>?[texts.Count];
            for (var k = 0; k < texts.Count; k++)
            {
                var n = thread % 2 == 0 ? k : texts.Count - 1 - k;
                var words = new TokenisedWords(texts[n].Length, table);
                tokeniser.Tokenise(texts[n], forms, words);
                found[n] = Describe(words);
            }

            return found;
        }).ToList();

        // Assert: every thread read what one thread alone reads, and each word is kept once.
        foreach (var found in read)
        {
            for (var n = 0; n < texts.Count; n++)
            {
                Assert.Equal(expected[n], found[n]);
            }
        }

        var distinct = texts.SelectMany(FoldedWords).Distinct(StringComparer.Ordinal).Count();
        Assert.True(forms.Count <= distinct, $"{forms.Count} words kept for {distinct} distinct folded words");
        Assert.True(forms.Count > 1000, $"only {forms.Count} words remembered");
    }

    /// <summary>The folded words of a text as the tokeniser keeps them apart (a rough upper bound: elisions included).</summary>
    private static IEnumerable<string> FoldedWords(string text) =>
        TextNormaliser.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// Distinct letters-only words (a number glued to a plain word would be read as a footnote call), none a stop word
    /// or changed by stemming rules of plurals: "qaaaaz", "qbaaaz"...
    /// </summary>
    private static string Word(int n)
    {
        var letters = new char[6];
        letters[0] = 'q';
        for (var k = 1; k < 5; k++)
        {
            letters[k] = (char)('a' + (n % 26));
            n /= 26;
        }

        letters[5] = 'z';
        return new string(letters);
    }

    private static List<string> Describe(TokenisedWords words) =>
        [.. Enumerable.Range(0, words.Count).Select(t =>
            $"{words.Tokens[t]} {(words.HasWord(t) ? words.Word(t).ToString() : "<too long>")} {words.WordId(t)}")];

    private static IEnumerable<string> Stems(Tokeniser tokeniser, IEnumerable<string> texts)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            var words = new TokenisedWords(text.Length);
            tokeniser.Tokenise(text, _ => -1, words);
            for (var t = 0; t < words.Count; t++)
            {
                if (words.HasWord(t) && seen.Add(words.Word(t).ToString()))
                {
                    yield return words.Word(t).ToString();
                }
            }
        }
    }

    private static List<string> Texts() =>
        [
            .. new[] { "", "written" }
                .Select(folder => Path.Combine(CorpusFiles.RepositoryRoot, "tests", "eval", folder))
                .Where(Directory.Exists)
                .SelectMany(folder => Directory.GetFiles(folder, "*.jsonl"))
                .SelectMany(f => LabelledSetReader.ReadFile(f, CorpusFiles.Available ? new CorpusParagraphResolver(CorpusFiles.Folder!) : null).Items)
                .Select(i => i.Text),
            .. AwkwardTexts,
        ];
}
