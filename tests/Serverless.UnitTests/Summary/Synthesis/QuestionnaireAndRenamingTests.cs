namespace Serverless.UnitTests.Summary.Synthesis;

/// <summary>
/// What a contribution says about itself rather than about the year's work: a questionnaire's questions, an answer
/// that only says which action lines the activities come under, a note that the text is organised by action line, the
/// obstacles the contributor meets, the change of its name and a company's presentation under its legal form ("Sahel
/// Mobile Telecom plc is a mobile network operator...") are never quoted as activities; the work beside them is.
/// </summary>
public sealed class QuestionnaireAndRenamingTests : IDisposable
{
    private readonly OneContributionDrafts _drafts = new("wsis-questionnaire-", ".md");

    [Theory]
    [InlineData("en", "# Reply of the Southern Regulators Association to the 2025 WSIS questionnaire\n\n**Question 1. Please describe your main activities in 2025.**\n\n" +
        "In 2025, the Association trained 62 regulatory staff from twelve member States on spectrum pricing.\n\n**Question 5. Please share any examples of good practice or lessons learned.**\n\n" +
        "In 2025, the roaming tariff ceiling agreed by the members lowered regional roaming prices by 38 per cent.\n",
        "62 regulatory staff", "Please share any examples")]
    [InlineData("en", "# Reply of the Southern Regulators Association to the 2025 WSIS questionnaire\n\nIn 2025, the Association trained 62 regulatory staff from twelve member States on spectrum pricing.\n\n" +
        "The quality of service framework relates mainly to action line C2 (information and communication infrastructure). The consumer work relates to action line C5.\n",
        "62 regulatory staff", "relates mainly to action line")]
    [InlineData("fr", "# Réponses de l'Autorité de régulation des communications au questionnaire 2025 sur le SMSI\n\nEn 2025, l'Autorité a raccordé 214 communes rurales à l'Internet par satellite.\n\n" +
        "Les licences satellitaires relèvent de la grande orientation C2 (infrastructure de l'information et de la communication). La campagne relève de la grande orientation C5.\n",
        "214 communes", "relèvent de la grande orientation")]
    [InlineData("en", "# Contribution of the Americas Health Organization to the 2025 WSIS report\n\nIn 2025, the Organization worked with 35 Member States and 12 partners on digital health. The contribution is organized under the WSIS action lines to which the activities relate.\n\n" +
        "## C7 E-health\n\nIn 2025, the Organization deployed electronic immunization registries covering 1.4 million children in nine countries.\n",
        "1.4 million children", "organized under the WSIS action lines")]
    [InlineData("en", "# Reply of the Southern Regulators Association to the 2025 WSIS questionnaire\n\nIn 2025, the Association trained 62 regulatory staff from twelve member States on spectrum pricing.\n\n" +
        "The main obstacles remain the high cost of international bandwidth for landlocked States and the uneven capacity of regulators.\n",
        "62 regulatory staff", "main obstacles")]
    [InlineData("fr", "# Contribution du Réseau des femmes du numérique au rapport 2025 sur le SMSI\n\nEn 2025, le Réseau a formé 2 450 commerçantes à la vente en ligne et au paiement mobile.\n\n" +
        "Les principales difficultés restent le coût des terminaux et le faible nombre de femmes dans les filières techniques.\n",
        "2 450 commerçantes", "principales difficultés")]
    [InlineData("en", "# Contribution of the Arab Women Technologists Association to the 2025 WSIS report\n\n- In 2025, the Association mentored 1,150 women-led start-ups in four countries.\n\n" +
        "**Challenges**\n\n- Funding remains short-term and project-based.\n",
        "1,150 women-led", "Funding remains")]
    [InlineData("en", "# Global Digital Skills Alliance\n\n(formerly the e-Skills for Jobs Coalition)\n\n## Contribution to the 2025 WSIS report\n\n" +
        "In March 2025, the e-Skills for Jobs Coalition changed its name to the Global Digital Skills Alliance to reflect its wider membership.\n\n" +
        "In 2025, the Alliance certified 48,000 job seekers in digital skills through 210 training centres.\n",
        "48,000 job seekers", "changed its name")]
    [InlineData("en", "# Global Digital Skills Alliance\n\n(formerly the e-Skills for Jobs Coalition)\n\n## Contribution to the 2025 WSIS report\n\n" +
        "In 2025, the Alliance certified 48,000 job seekers in digital skills through 210 training centres.\n",
        "48,000 job seekers", "formerly")]
    [InlineData("en", "**SAHEL MOBILE TELECOM PLC**\n\n# Sahel Mobile Telecom: contribution to the 2025 WSIS progress report\n\n" +
        "Sahel Mobile Telecom plc is a mobile network operator serving 9.8 million subscribers in Niger, Mali and Burkina Faso.\n\n" +
        "In 2025, Sahel Mobile Telecom commissioned 640 new 4G sites, bringing mobile broadband coverage in Niger from 61 to 72 per cent.\n",
        "640 new 4G sites", "is a mobile network operator")]
    [InlineData("fr", "# Contribution de Télécom Lagunes S.A. au rapport 2025 sur le SMSI\n\n" +
        "Télécom Lagunes S.A. est un opérateur de réseau fixe et mobile qui compte 3,2 millions d'abonnés en Côte d'Ivoire.\n\n" +
        "En 2025, Télécom Lagunes a posé 1 150 kilomètres de fibre optique et raccordé 77 communes au haut débit.\n",
        "1 150 kilomètres", "est un opérateur")]
    public void QuotesNoQuestionNorLineOfAnActivityNorObstacleNorRenaming_ButTheWork(string language, string text, string work, string left)
    {
        var sentences = _drafts.Draft(language, text).Sentences().Select(s => s.Text).ToArray();

        Assert.Contains(sentences, s => s.Contains(work, StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.Contains(left, StringComparison.Ordinal));
    }

    [Fact]
    public void QuotesABulletWrittenAsAClauseOfTheListsSentence_AsASentence()
    {
        var text = "# Réseau francophone des régulateurs des médias (REFRAM)\n\n## Contribution au rapport 2025 sur le SMSI\n\n" +
            "Le REFRAM rassemble 31 autorités de régulation des médias. Voici ses principales réalisations en 2025 :\n\n" +
            "- en 2025, le REFRAM a adopté à Lausanne une déclaration sur la régulation des plateformes de partage de vidéos ;\n" +
            "- le Réseau a formé 140 agents de 18 régulateurs africains à la surveillance des contenus audiovisuels en ligne ;\n";

        var sentences = _drafts.Draft("fr", text).Sentences().Select(s => s.Text).ToArray();

        Assert.Contains(sentences, s => s.Contains("a adopté à Lausanne une déclaration", StringComparison.Ordinal));
        Assert.Contains(sentences, s => s.Contains("140 agents", StringComparison.Ordinal));
    }

    public void Dispose() => _drafts.Dispose();
}
