using Serverless.Shared.Summary.Report;

namespace Serverless.UnitTests.Summary.Synthesis;

/// <summary>
/// What a contribution asks of others and whom it thanks is not the year's work: a "Recommendations" or "Our call"
/// section and a sentence of thanks are never quoted as activities, and the work beside them still is.
/// </summary>
public sealed class AsksAndThanksTests : IDisposable
{
    private readonly OneContributionDrafts _drafts = new("wsis-asks-thanks-", ".md");

    [Theory]
    [InlineData("en", "# Contribution of the Andean Youth Digital Network to the 2025 WSIS report\n\n## Activities\n\nIn 2025, the Network trained 1,400 young people from 9 countries in data protection.\n\n" +
        "## Our recommendations\n\n- Involve young people in national Internet governance bodies.\n- Fund educational content in national languages.\n",
        "1,400 young people", "Involve young people")]
    [InlineData("en", "# Input of the Amazon Indigenous Media Council to the 2025 WSIS report\n\n## Monitoring\n\nIn 2025, the Council trained 320 Indigenous monitors from 58 communities to map illegal logging.\n\n" +
        "## Our call\n\nWe ask States to recognise the right of Indigenous peoples to free, prior and informed consent before any network is built on their lands.\n",
        "320 Indigenous monitors", "free, prior and informed consent")]
    [InlineData("fr", "# Contribution du Réseau des jeunes du numérique au rapport 2025 sur le SMSI\n\n## Activités\n\nEn 2025, le Réseau a formé 1 400 jeunes de 9 pays à la protection des données.\n\n" +
        "## Nos recommandations\n\n- Associer les jeunes aux instances nationales de gouvernance de l'Internet.\n- Financer des contenus éducatifs dans les langues nationales.\n",
        "1 400 jeunes", "Associer les jeunes")]
    [InlineData("en", "# Input of the Gulf Refugee Education Agency to the 2025 WSIS report\n\nIn 2025, the Agency's platform served 290,000 students in 96 temporary learning spaces.\n\n" +
        "We are grateful to the European Union, Germany and Japan for their support to the Agency's digital programmes.\n",
        "290,000 students", "grateful")]
    [InlineData("fr", "# Contribution de l'Agence sahélienne du numérique au rapport 2025 sur le SMSI\n\nEn 2025, l'Agence a raccordé 54 centres de santé ruraux à Internet par satellite.\n\n" +
        "Nous remercions l'Union européenne et la Banque africaine de développement de leur appui constant à nos programmes.\n",
        "54 centres de santé", "remercions")]
    public void QuotesNeitherWhatAContributionAsksNorWhomItThanks_ButTheWorkBesideThem(string language, string text, string work, string left)
    {
        var sentences = Draft(language, text).Sentences().Select(s => s.Text).ToArray();

        Assert.Contains(sentences, s => s.Contains(work, StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.Contains(left, StringComparison.Ordinal));
    }

    private DraftReport Draft(string language, string text) => _drafts.Draft(language, text);

    public void Dispose() => _drafts.Dispose();
}
