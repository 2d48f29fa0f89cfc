using Serverless.Shared.Summary.Report;

namespace Serverless.UnitTests.Summary.Synthesis;

/// <summary>
/// Sentences that present a contribution's activities rather than report one ("présentent conjointement les activités
/// qu'elles ont menées", "présente ci-dessous les principales réalisations"), thanks in the third person ("UbuntuNet
/// Alliance thanks its partners"), a belief ("Nous sommes convaincus que...", "We firmly believe...") and a section of
/// demands ("Our demands") are not quoted, nor a note verbale's courtesy formulas ("avails itself of this opportunity to
/// renew... the assurances of its highest consideration"); the activities are.
/// </summary>
public sealed class CoveringLinesTests : IDisposable
{
    private readonly OneContributionDrafts _drafts = new("wsis-covering-lines-", ".md");

    [Theory]
    [InlineData("fr", "# Contribution de l'Autorité de régulation des îles au rapport 2025 sur le SMSI\n\n" +
        "L'Autorité de régulation des îles présente ci-dessous les principales réalisations de l'année 2025 dans le secteur des communications électroniques.\n\n" +
        "En 2025, l'Autorité a financé la couverture 4G de 23 localités et l'équipement de 15 écoles secondaires en salles informatiques.\n",
        "23 localités", "principales réalisations")]
    [InlineData("fr", "# Contribution conjointe au rapport 2025 sur le SMSI\n\n" +
        "La Commission de l'océan Indien (COI), organisation intergouvernementale de cinq États, et l'Alliance Smart Africa, qui rassemble 40 pays africains, présentent conjointement les activités qu'elles ont menées ensemble en 2025.\n\n" +
        "En 2025, la COI et Smart Africa ont formé 120 jeunes entrepreneurs des Comores et de Madagascar à la création de services numériques.\n",
        "120 jeunes entrepreneurs", "présentent conjointement")]
    [InlineData("en", "# Input of the Kalahari Research Network to the 2025 WSIS report\n\n" +
        "In 2025, the Kalahari Research Network connected the research networks of Burundi and South Sudan to the regional backbone for the first time.\n\n" +
        "The secretariat of the Network thanks its partners, GÉANT and the European Commission, for their continued support to regional research networking under the AfricaConnect3 project.\n",
        "Burundi and South Sudan", "thanks its partners")]
    [InlineData("en", "# Input of the Global Federation of Platform Workers to the 2025 WSIS report\n\n" +
        "## Key activities in 2025\n\n- The Federation surveyed 6,300 platform workers in Indonesia, India and the Philippines on their pay and working conditions.\n\n" +
        "## Our demands\n\n- The WSIS review should recognise trade unions as a stakeholder in digital governance, as 42 federations asked.\n",
        "6,300 platform workers", "should recognise trade unions")]
    [InlineData("fr", "# Contribution de Caritas Sahel au rapport 2025 sur le SMSI\n\n" +
        "En 2025, Caritas Sahel a mis en place un système d'alerte par SMS qui informe chaque semaine 18 500 ménages agricoles des prix des marchés.\n\n" +
        "Nous sommes convaincus que personne ne doit être laissé de côté dans la société de l'information et que 18 500 ménages connectés ne sont qu'un début.\n",
        "18 500 ménages agricoles", "Nous sommes convaincus")]
    [InlineData("en", "# Input of the Global Federation of Platform Workers to the 2025 WSIS report\n\n" +
        "In 2025, the Federation surveyed 6,300 platform workers in Indonesia, India and the Philippines on their pay and working conditions.\n\n" +
        "We firmly believe that the 6,300 voices we heard must shape the rules of the digital economy.\n",
        "6,300 platform workers in Indonesia", "We firmly believe")]
    [InlineData("en", "# Note verbale\n\n" +
        "The Permanent Mission of Japan to the International Organizations in Geneva presents its compliments to the secretariat of the Commission on Science and Technology for Development and has the honour to transmit herewith the contribution of the Government of Japan.\n\n" +
        "The Permanent Mission of Japan avails itself of this opportunity to renew to the secretariat of the CSTD the assurances of its highest consideration.\n\n" +
        "## Contribution of the Government of Japan\n\n" +
        "In 2025, the Ministry of Internal Affairs and Communications extended optical fibre broadband to 99.9 per cent of households, connecting the last 41,000 households on remote islands.\n",
        "41,000 households", "highest consideration")]
    [InlineData("fr", "# Note verbale\n\n" +
        "La Mission permanente du Grand-Duché de Luxembourg présente ses compliments au secrétariat de la Commission de la science et de la technique au service du développement et a l'honneur de lui transmettre ci-joint la contribution du Gouvernement luxembourgeois.\n\n" +
        "La Mission permanente saisit cette occasion pour renouveler au secrétariat de la Commission de la science et de la technique au service du développement les assurances de sa haute considération.\n\n" +
        "## Contribution du Luxembourg\n\n" +
        "En 2025, le Ministère de la Digitalisation a mis en service la plateforme MyGuichet.lu, qui regroupe désormais 1 120 démarches administratives en ligne.\n",
        "1 120 démarches", "haute considération")]
    public void QuotesTheActivities_NotTheLinesAboutThem(string language, string text, string work, string line)
    {
        var sentences = _drafts.Draft(language, text).Sentences().Select(s => s.Text).ToArray();

        Assert.True(sentences.Any(s => s.Contains(work, StringComparison.Ordinal)), string.Join("\n", sentences));
        Assert.DoesNotContain(sentences, s => s.Contains(line, StringComparison.Ordinal));
    }

    [Fact]
    public void QuotesNothingUnderAPlainTextsRecommendationsLine()
    {
        using var plain = new OneContributionDrafts("wsis-covering-lines-text-", ".txt");
        var sentences = plain.Draft("en", "Input of the Open Mesh Network to the 2025 WSIS report\n\n" +
            "In 2025, the Open Mesh Network supported 31 community networks in 14 countries, connecting 27,000 people in rural areas.\n\n" +
            "Recommendations\n\n- States should adopt spectrum policies that reserve frequencies for community networks in rural areas.\n" +
            "- The WSIS+20 outcome should protect human rights online.\n").Sentences().Select(s => s.Text).ToArray();

        Assert.True(sentences.Any(s => s.Contains("31 community networks", StringComparison.Ordinal)), string.Join("\n", sentences));
        Assert.DoesNotContain(sentences, s => s.Contains("should", StringComparison.Ordinal));
    }

    public void Dispose() => _drafts.Dispose();
}

/// <summary>
/// A paper's review of what others found, cited by author and year ("(ITU, 2025)", "(APC, 2023; Rey-Moreno, 2017)"),
/// and its list of references are not the contributor's work; its own survey is.
/// </summary>
public sealed class LiteratureReviewTests : IDisposable
{
    private readonly OneContributionDrafts _drafts = new("wsis-literature-review-", ".md");

    [Fact]
    public void QuotesThePapersOwnWork_NotItsReviewNorItsReferences()
    {
        var sentences = _drafts.Draft("en", "# Community networks and rural connectivity in the Sahel\n\nInstitute for Digital Development Research, University of Ouagadougou\n\n" +
            "# 1. Introduction\n\nMobile broadband covers less than half of the rural population of Mali, Niger and Chad (ITU, 2025). " +
            "Community networks, small networks built and run by the people they serve, have been promoted as a way to close this gap (APC, 2023; Rey-Moreno, 2017).\n\n" +
            "# 2. Method\n\nBetween March 2024 and October 2025 the Institute surveyed 1,240 households in 36 villages, 18 of them served by a community network.\n\n" +
            "# References\n\nRey-Moreno, C. (2017). *Supporting the creation and scalability of affordable access solutions to connect the unconnected*. Internet Society, Geneva: 120 community networks surveyed.\n").Sentences().Select(s => s.Text).ToArray();

        Assert.True(sentences.Any(s => s.Contains("1,240 households", StringComparison.Ordinal)), string.Join("\n", sentences));
        Assert.DoesNotContain(sentences, s => s.Contains("ITU, 2025", StringComparison.Ordinal) || s.Contains("Rey-Moreno", StringComparison.Ordinal));
    }

    public void Dispose() => _drafts.Dispose();
}
