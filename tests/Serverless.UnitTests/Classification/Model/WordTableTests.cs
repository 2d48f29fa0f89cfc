using Serverless.Evaluation;
using Serverless.Shared.Classification;
using Serverless.Shared.Classification.Model;
using Serverless.Shared.Segmentation;

namespace Serverless.UnitTests.Classification.Model;

/// <summary>
/// The shipped models find a paragraph's terms by word id (<see cref="WordTable"/>) instead of as text: both ways must
/// read exactly the same terms, in the same order, on every labelled paragraph and on words made to be awkward.
/// </summary>
public class WordTableTests
{
    private static readonly string[] AwkwardTexts =
    [
        "Les agriculteurs numérisés du cœur de l'Afrique et l'œuvre des États Membres.",
        "A word far too long to keep: pneumonoultramicroscopicsilicovolcanoconiosisandmore and then capacity building.",
        "Requests the Secretary-General's report; invites all stakeholders to strengthen e-health and e-agriculture.",
        "Prie le Secrétaire général de présenter, d'ici à 2030, un rapport sur la cybersanté et la cyberagriculture.",
        "",
        "x",
    ];

    [Fact]
    public void FindsTheSameTerms_When_WordsAreLookedUpById()
    {
        var modelFile = ActionLineModelFile.LoadEmbedded()!;
        var features = new ActionLineFeatures(modelFile.Lines.Select(l => l.Code).ToArray(), modelFile.Words);
        var guess = new BodyGuessModel(BodyGuessModelFile.LoadEmbedded()!);
        var table = new WordTable(features.TermWords().Concat(guess.FeatureWords()));
        var terms = features.IndexBy(table);
        var guessFeatures = guess.IndexBy(table);
        var texts = Texts();
        Assert.True(texts.Count > 1000, $"only {texts.Count} paragraphs to compare");

        var guessed = 0;
        foreach (var language in LanguageCatalog.Default.Languages)
        {
            var tokeniser = new Tokeniser(language);
            foreach (var text in texts)
            {
                var asText = new TokenisedWords(text.Length);
                tokeniser.Tokenise(text, _ => -1, asText);
                var byId = new TokenisedWords(text.Length, table);
                tokeniser.Tokenise(text, _ => -1, byId);

                Assert.Equal(Terms(features, asText, null), Terms(features, byId, terms));
                foreach (var kind in new[] { ParagraphKind.Operative, ParagraphKind.Paragraph })
                {
                    var expected = guess.Guess(asText, text, kind, language.Code, []);
                    Assert.Equal(expected, guess.Guess(byId, text, kind, language.Code, [], guessFeatures));
                    guessed += expected is null ? 0 : 1;
                }
            }
        }

        // The comparison covers guesses made, not only paragraphs without one.
        Assert.True(guessed > 100, $"only {guessed} guesses compared");
    }

    private static List<(int Index, float Value)> Terms(ActionLineFeatures features, TokenisedWords words, ActionLineFeatures.TermIndex? index)
    {
        var found = new List<(int Index, float Value)>();
        var lineFeatures = new float[features.Lines.Count * ActionLineFeatures.LineFeatureCount];
        features.Describe(words, null, [], lineFeatures, found, index);
        return found;
    }

    private static List<string> Texts() =>
        [
            .. new[] { "", "written", Path.Combine("written", "development"), "blind" }
                .Select(folder => Path.Combine(CorpusFiles.RepositoryRoot, "tests", "eval", folder))
                .Where(Directory.Exists)
                .SelectMany(folder => Directory.GetFiles(folder, "*.jsonl"))
                .SelectMany(f => LabelledSetReader.ReadFile(f, CorpusFiles.Available ? new CorpusParagraphResolver(CorpusFiles.Folder!) : null).Items)
                .Select(i => i.Text),
            .. AwkwardTexts,
        ];
}
