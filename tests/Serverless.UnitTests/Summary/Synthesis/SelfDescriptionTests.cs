using Serverless.Shared.Summary.Report;

namespace Serverless.UnitTests.Summary.Synthesis;

/// <summary>
/// A sentence that says in the present what a contributor does year after year ("DRWI monitors Internet
/// shutdowns...", "Le Groupe ... finance des infrastructures...") presents it, as "is a..." does: it is not quoted as
/// the year's work, while the dated sentences after it are.
/// </summary>
public sealed class SelfDescriptionTests : IDisposable
{
    private readonly OneContributionDrafts _drafts = new("wsis-self-description-", ".md");

    [Theory]
    [InlineData("en", "# Input of the Digital Rights Watch Initiative (DRWI) to the 2025 WSIS report\n\n" +
        "DRWI monitors Internet shutdowns and network disruptions in 14 countries of East Africa and publishes open data on them.\n\n" +
        "In 2025, DRWI documented 37 shutdowns and trained 420 journalists to verify reports of network disruptions.\n",
        "420 journalists", "monitors Internet shutdowns")]
    [InlineData("en", "# Input of the Pacific Standards Association to the 2025 WSIS report\n\n" +
        "The Pacific Standards Association (PSA), part of the Pacific Engineering Federation, the region's largest professional body, develops open standards for telecommunications and energy.\n\n" +
        "In 2025, the Association approved 12 standards for solar-powered mobile base stations and trained 300 engineers.\n",
        "12 standards", "develops open standards")]
    [InlineData("fr", "# Contribution du Fonds sahélien pour le numérique (FSN) au rapport 2025 sur le SMSI\n\n" +
        "Le Fonds sahélien pour le numérique (FSN) finance des infrastructures numériques dans ses 11 pays membres au titre de sa stratégie décennale 2024-2033.\n\n" +
        "En 2025, le Fonds a approuvé 745 millions de dollars pour la connectivité régionale et financé 128 sites mobiles ruraux.\n",
        "745 millions de dollars", "finance des infrastructures")]
    [InlineData("fr", "# Contribution de l'Office des télécommunications de l'archipel (OTA) au rapport 2025 sur le SMSI\n\n" +
        "L'OTA régule les télécommunications, la radiocommunication et la radiodiffusion dans les 83 îles de l'archipel.\n\n" +
        "En 2025, l'OTA a attribué deux licences 4G et financé 54 sites mobiles dans les provinces du nord.\n",
        "54 sites mobiles", "régule les télécommunications")]
    public void QuotesNotWhatAContributorDoesYearAfterYear_ButItsYearsWork(string language, string text, string work, string description)
    {
        var sentences = Draft(language, text).Sentences().Select(s => s.Text).ToArray();

        Assert.Contains(sentences, s => s.Contains(work, StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.Contains(description, StringComparison.Ordinal));
    }

    [Fact]
    public void QuotesASentenceInThePresent_ThatDatesItsWork()
    {
        var sentences = Draft("en", "# Input of the Digital Rights Watch Initiative (DRWI) to the 2025 WSIS report\n\n" +
            "DRWI trains 420 journalists a year to verify reports of network disruptions, and in 2025 it opened 3 regional desks.\n").Sentences().Select(s => s.Text).ToArray();

        Assert.Contains(sentences, s => s.Contains("420 journalists", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "# Contribution of the Inter-Parliamentary Union to the 2025 WSIS report\n\n" +
        "The IPU is the global organization of national parliaments. It was founded in 1889 and today brings together 181 Member Parliaments.\n\n" +
        "In 2025, the IPU convened the second Parliamentary Forum on Artificial Intelligence, attended by 312 members of parliament from 97 countries.\n",
        "312 members of parliament", "global organization of national parliaments")]
    [InlineData("en", "# Input of the Kalahari Alliance for Research and Education Networking to the 2025 WSIS report\n\n" +
        "Kalahari Alliance is the regional research and education network for Southern Africa, with 9 member networks connecting 400 universities.\n\n" +
        "In 2025, the Alliance upgraded its regional backbone to 100 Gbps and trained 160 network engineers in routing and network security.\n",
        "160 network engineers", "regional research and education network")]
    [InlineData("fr", "# Contribution de la Commission nationale de l'informatique et des libertés au rapport 2025 sur le SMSI\n\n" +
        "La CNIL est l'autorité française de protection des données personnelles. Autorité administrative indépendante créée en 1978, elle veille au respect de la vie privée.\n\n" +
        "En 2025, la CNIL a reçu 17 800 plaintes, réalisé 320 contrôles en ligne des sites publics et formé 60 agents d'autorités africaines de protection des données.\n",
        "17 800 plaintes", "autorité française de protection")]
    [InlineData("en", "# Input of the Pacific Islands Forum Secretariat to the 2025 WSIS report\n\n" +
        "The Pacific Islands Forum Secretariat (PIFS) supports the 18 members of the Forum in implementing the 2050 Strategy for the Blue Pacific Continent.\n\n" +
        "In 2025, the Forum Secretariat trained 64 officials from 12 Pacific Island countries on e-commerce policy and completed the review of the regional digital roadmap.\n",
        "64 officials", "supports the 18 members")]
    [InlineData("fr", "BUREAU DES NATIONS UNIES POUR LES SERVICES D'APPUI AUX PROJETS\n\n# Contribution de l'UNOPS au rapport du Secrétaire général sur le SMSI\n\n" +
        "Le Bureau des Nations Unies pour les services d'appui aux projets (UNOPS) aide les gouvernements à mettre en œuvre des projets d'infrastructure dans plus de 80 pays.\n\n" +
        "En 2025, l'UNOPS a achevé la construction de 14 centres de données régionaux et raccordé 220 bâtiments publics au réseau national de fibre optique.\n",
        "220 bâtiments publics", "aide les gouvernements")]
    [InlineData("en", "# Joint submission by the Open Mesh Network (OMN) and the Andes Digital Rights Centre (ADRC) to the 2025 WSIS report\n\n" +
        "Our two organisations have worked together since 2019 on community connectivity and digital rights in the Andes.\n\n" +
        "In 2025, the two organisations supported 31 community networks in 14 countries, connecting 27,000 people in rural areas.\n",
        "31 community networks", "have worked together")]
    [InlineData("fr", "# Contribution conjointe du Réseau sahélien des radios communautaires (RSRC) et de l'Association des femmes du numérique (AFN) au rapport 2025 sur le SMSI\n\n" +
        "Nos trois organisations travaillent ensemble depuis 2022 sur l'accès des femmes rurales à l'information.\n\n" +
        "En 2025, les deux organisations ont formé 640 animatrices de radios communautaires à la vérification de l'information en ligne.\n",
        "640 animatrices", "travaillent ensemble")]
    public void QuotesNoPresentation_UnderAShortFormOfTheName_OrNamingAPlansYear(string language, string text, string work, string presentation)
    {
        var sentences = Draft(language, text).Sentences().Select(s => s.Text).ToArray();

        Assert.True(sentences.Any(s => s.Contains(work, StringComparison.Ordinal)), string.Join("\n", sentences));
        Assert.DoesNotContain(sentences, s => s.Contains(presentation, StringComparison.Ordinal));
    }

    private DraftReport Draft(string language, string text) => _drafts.Draft(language, text);

    public void Dispose() => _drafts.Dispose();
}
