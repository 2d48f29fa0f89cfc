using Serverless.Shared.Summary.Report;

namespace Serverless.UnitTests.Summary.Synthesis;

/// <summary>
/// A table written as text, its cells between vertical bars ("Pays | Projet | Bénéficiaires"), which a plain-text
/// contribution gives without a table's markup: its rows run into one paragraph are no sentence and are not quoted;
/// a sentence that writes one bar ("e-commerce | trade") is.
/// </summary>
public sealed class TableRowTests : IDisposable
{
    private readonly OneContributionDrafts _drafts = new("wsis-table-rows-", ".txt");

    [Theory]
    [InlineData("fr", "Contribution du Bureau régional des projets au rapport 2025 sur le SMSI\n\n" +
        "En 2025, le Bureau a raccordé 220 bâtiments publics au réseau national de fibre optique de la Sierra Leone.\n\n" +
        "Tableau récapitulatif des projets numériques achevés en 2025\n\n" +
        "Pays | Projet | Bénéficiaires\nSierra Leone | Centres de données régionaux | 220 bâtiments publics\nHonduras | Connexion satellitaire des centres de santé | 310 établissements\n",
        "220 bâtiments publics au réseau", "|")]
    [InlineData("en", "Input of Savanna Mobile Ltd to the 2025 WSIS report\n\n" +
        "In 2025, Savanna Mobile extended its 4G broadband network to 91 per cent of the population and switched on 5G in 40 towns.\n\n" +
        "Programme | What we did in 2025 | Reach\nFarmNet | Digital platform offering farmers inputs, credit and training online | 1.6 million farmers\nDevice financing | Smartphones financed through daily instalments | 1.4 million devices\n",
        "5G in 40 towns", "|")]
    public void QuotesNoTableWrittenAsText(string language, string text, string work, string bar)
    {
        var sentences = _drafts.Draft(language, text).Sentences().Select(s => s.Text).ToArray();

        Assert.True(sentences.Any(s => s.Contains(work, StringComparison.Ordinal)), string.Join("\n", sentences));
        Assert.DoesNotContain(sentences, s => s.Contains(bar, StringComparison.Ordinal));
    }

    public void Dispose() => _drafts.Dispose();
}
