using Serverless.Shared.Classification;

namespace Serverless.UnitTests.Classification;

public class PhraseMatcherTests
{
    private static PhraseMatcher<string> Matcher(params string[] phrases)
    {
        var matcher = new PhraseMatcher<string>(new Tokeniser(LanguageCatalog.Default.Get("fr")));
        foreach (var phrase in phrases)
        {
            matcher.Add(phrase, phrase);
        }

        return matcher;
    }

    private static List<string> Find(PhraseMatcher<string> matcher, string text)
    {
        var tokens = new List<TextToken>();
        var matches = new List<PhraseMatch>();
        matcher.Tokenise(text, tokens);
        matcher.Match(tokens, matches);
        return matches.SelectMany(m => matcher.EntriesOf(m.Node)).ToList();
    }

    [Fact]
    public void TakesLongestPhrase_When_PhrasesOverlap()
    {
        var matcher = Matcher("sécurité", "sécurité alimentaire");

        Assert.Equal(["sécurité alimentaire"], Find(matcher, "renforcer la sécurité alimentaire des ménages"));
    }

    [Fact]
    public void MatchesVariants_When_TextDiffersInCaseAccentsPluralsAndArticles()
    {
        var matcher = Matcher("accès à l'information");

        Assert.Equal(["accès à l'information"], Find(matcher, "les ACCES AUX INFORMATIONS publiques"));
    }

    [Fact]
    public void FindsEveryPhrase_When_TextHasSeveral()
    {
        var matcher = Matcher("haut débit", "cybersécurité", "commerce électronique");

        Assert.Equal(["haut débit", "cybersécurité", "commerce électronique"],
            Find(matcher, "Le haut débit, la cybersécurité et le commerce électronique progressent."));
    }

    [Fact]
    public void FindsNothing_When_PhraseIsInterrupted()
    {
        var matcher = Matcher("haut débit");

        Assert.Empty(Find(matcher, "un haut niveau de débit"));
    }
}
