using Serverless.Shared.Summary.Report;

namespace Serverless.UnitTests.Summary.Synthesis;

/// <summary>
/// A heading run into its paragraph ("Couverture : en 2025, ...", "Connectivity. Under the ASEAN...") is not quoted
/// with the sentence after it: the report's section already says the subject, and the quote opens as a sentence.
/// </summary>
public sealed class RunInHeadingTests : IDisposable
{
    private readonly OneContributionDrafts _drafts = new("wsis-run-in-", ".txt");

    [Theory]
    [InlineData("fr", "Contribution de l'Office des télécommunications de l'archipel au rapport 2025 sur le SMSI\n\n" +
        "Couverture : en 2025, la couverture 4G atteint 91 % de la population, contre 84 % en 2023, grâce aux sites du Programme d'accès universel.\n",
        "« En 2025, la couverture 4G atteint 91 %", "Couverture :")]
    [InlineData("fr", "Contribution de l'Office des télécommunications de l'archipel au rapport 2025 sur le SMSI\n\n" +
        "Relèvement après les catastrophes : après le séisme de décembre 2024, l'Office a rétabli les réseaux mobiles et l'accès à Internet à haut débit de la capitale en six jours avec les opérateurs de télécommunications.\n",
        "« Après le séisme de décembre 2024", "Relèvement")]
    [InlineData("en", "Input of the Mekong Digital Secretariat to the 2025 WSIS report\n\n" +
        "Connectivity. Under the Mekong Digital Masterplan, the Secretariat helped six member States adopt shared rules for 5G spectrum in 2025.\n",
        "“Under the Mekong Digital Masterplan", "Connectivity.")]
    [InlineData("fr", "Contribution de l'Autorité générale de régulation de l'archipel au rapport 2025 sur le SMSI\n\n" +
        "Réglementation. L'AGER a adopté le règlement sur la portabilité des numéros mobiles, entré en vigueur en septembre 2025, et publié sa première enquête sur la qualité de service.\n",
        "« L'AGER a adopté le règlement", "Réglementation.")]
    public void QuotesTheSentence_WithoutTheHeadingRunIntoIt(string language, string text, string quoted, string heading)
    {
        var sentences = Draft(language, text).Sentences().Select(s => s.Text).ToArray();

        Assert.Contains(sentences, s => s.Contains(quoted, StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.Contains(heading, StringComparison.Ordinal));
    }

    [Fact]
    public void KeepsASentenceThatOpensOnAShortWordAndAFullStop()
    {
        var sentences = Draft("en", "Input of the Mekong Digital Secretariat to the 2025 WSIS report\n\n" +
            "Dr. Lan Pham led the Secretariat's training of 640 spectrum engineers from six member States in 2025.\n").Sentences().Select(s => s.Text).ToArray();

        Assert.Contains(sentences, s => s.Contains("Dr. Lan Pham led", StringComparison.Ordinal));
    }

    private DraftReport Draft(string language, string text) => _drafts.Draft(language, text);

    public void Dispose() => _drafts.Dispose();
}
