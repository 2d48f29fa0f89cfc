using Serverless.Shared.Summary.Report;

namespace Serverless.UnitTests.Summary.Synthesis;

/// <summary>
/// What a contribution says besides the year's work, which the draft does not quote: a secretariat's "Future work"
/// section (what its commission "may wish to consider"). The work beside it is still quoted.
/// </summary>
public sealed class FutureWorkAndPresentationTests : IDisposable
{
    private readonly OneContributionDrafts _drafts = new("wsis-future-work-", ".txt");

    [Theory]
    [InlineData("en", "Contribution of the United Nations Commission on International Trade Law (UNCITRAL) to the 2025 WSIS report\n\nII. Technical assistance\n\n" +
        "15. In 2025, the secretariat provided legislative assistance on electronic commerce to 11 States, including comments on draft laws for Cambodia, Ghana, Paraguay and Zambia.\n\n" +
        "VII. Future work\n\n" +
        "31. The Commission may wish to consider future work on the legal aspects of digital platforms and electronic commerce legislation in 12 States.\n",
        "11 States", "may wish to consider")]
    [InlineData("fr", "Contribution de la Commission des Nations Unies pour le droit commercial international (CNUDCI) au rapport 2025 sur le SMSI\n\nII. Assistance technique\n\n" +
        "15. En 2025, le secrétariat a fourni une assistance législative en matière de commerce électronique à 11 États, dont des observations sur les projets de loi du Cambodge et du Ghana.\n\n" +
        "VII. Travaux futurs\n\n" +
        "31. Le secrétariat a recensé 12 États dont la législation sur le commerce électronique pourrait faire l'objet de travaux sur les plateformes numériques.\n",
        "11 États", "recensé 12 États")]
    public void QuotesNoFutureWork_ButTheWorkBeforeIt(string language, string text, string work, string left)
    {
        var sentences = _drafts.Draft(language, text).Sentences().Select(s => s.Text).ToArray();

        Assert.Contains(sentences, s => s.Contains(work, StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.Contains(left, StringComparison.Ordinal));
    }

    public void Dispose() => _drafts.Dispose();
}
