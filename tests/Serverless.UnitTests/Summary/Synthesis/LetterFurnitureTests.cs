using Serverless.Shared.Summary.Report;

namespace Serverless.UnitTests.Summary.Synthesis;

/// <summary>
/// What a contribution pasted from an e-mail or a letter carries besides the year's work: after its closing line
/// ("Best regards,", "Cordialement,") come the signer, their title, the address and a disclaimer, which the draft never
/// quotes, however the text ran them together; an e-mail's header lines run into its subject are not cited as its title.
/// </summary>
public sealed class LetterFurnitureTests : IDisposable
{
    private readonly OneContributionDrafts _drafts = new("wsis-letter-furniture-", ".txt");

    [Theory]
    [InlineData("fr", "Objet : Contribution de l'Autorité de régulation du Tchad\n\nMadame, Monsieur,\n\n" +
        "En 2025, l'Autorité a attribué les premières licences 4G couvrant l'ensemble du territoire et financé 54 sites ruraux.\n\n" +
        "Nous restons à votre disposition pour tout complément d'information.\n\nCordialement,\n\n" +
        "Mahamat Hissein Directeur des études et de la prospective Autorité de régulation des communications électroniques et des postes BP 5808, N'Djamena, Tchad\n\n" +
        "AVERTISSEMENT : Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leurs destinataires. Si vous avez reçu ce message par erreur, merci de le détruire.\n",
        "54 sites ruraux", "Mahamat")]
    [InlineData("en", "Subject: Input of the Lagoon Islands Regulatory Authority to the 2025 WSIS report\n\nDear colleagues,\n\n" +
        "In 2025, the Authority licensed two satellite operators as back-up carriers and financed 9 outer-island mobile sites.\n\n" +
        "Best regards,\n\nAnna Tekori Director, Policy and Regulation. Lagoon Islands Regulatory Authority. Level 3, Harbour Road.\n\n" +
        "DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please delete it.\n",
        "9 outer-island mobile sites", "Tekori")]
    public void QuotesNothingAfterALettersClosingLine_NeitherTheSignerNorTheDisclaimer(string language, string text, string work, string signer)
    {
        var sentences = Draft(language, text).Sentences().Select(s => s.Text).ToArray();

        Assert.Contains(sentences, s => s.Contains(work, StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.Contains(signer, StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.Contains("confidenti", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(".txt", "ROUMANIE\n\nAutorité nationale pour l'administration et la régulation des communications (ANCOM)\n\nStr. Delea Nouă nr. 2, Bucarest\n\n" +
        "Contribution de la Roumanie au rapport du Secrétaire général sur le SMSI\n\n" +
        "En 2025, l'ANCOM a attribué les fréquences de la bande de 26 GHz à trois opérateurs et imposé la 5G dans 350 communes rurales.\n",
        "350 communes rurales", "Autorité nationale pour l'administration")]
    [InlineData(".md", "# Contribution du Réseau des populations autochtones d'Afrique centrale (REPALEAC)\n\n" +
        "Au rapport annuel du Secrétaire général sur la mise en œuvre des résultats du Sommet mondial sur la société de l'information\n\n" +
        "En 2025, le REPALEAC a formé 240 jeunes à la cartographie participative numérique à l'aide de smartphones.\n",
        "240 jeunes", "Au rapport annuel")]
    public void QuotesNoOpeningLine_ThoughAnotherBeforeItEndsOnAnAbbreviationInBrackets(string extension, string text, string work, string line)
    {
        using var drafts = new OneContributionDrafts("wsis-opening-lines-", extension);
        var sentences = drafts.Draft("fr", text).Sentences().Select(s => s.Text).ToArray();

        Assert.Contains(sentences, s => s.Contains(work, StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.Contains(line, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "Dear Ms Sirimanne,\n\nThe annex to this letter sets out the Secretariat's main activities in 2025 under the WSIS action lines.\n\n" +
        "Yours sincerely,\n\nDr Ruth Kattumuri\n\nSenior Director, Economic, Youth and Sustainable Development Directorate\n\n" +
        "## Annex: Commonwealth Secretariat activities in 2025\n\n### Cybersecurity\n\n" +
        "Through its Cyber Capability Programme, the Secretariat supported Kiribati, Malawi and Samoa in 2025 in drafting cybercrime legislation.\n\n" +
        "### Youth and digital skills\n\nThe Youth Digital Fellowship trained 1,600 young people from 38 countries in coding and data analysis in 2025.\n",
        "1,600 young people", "Kattumuri")]
    [InlineData("fr", "Madame la Directrice,\n\nVous trouverez en annexe les principales activités de l'Office en 2025.\n\n" +
        "Veuillez agréer, Madame la Directrice, l'expression de ma haute considération.\n\nJean Dupuis\n\nDirecteur général\n\n" +
        "## Annexe : activités de l'Office en 2025\n\n### Connectivité\n\n" +
        "En 2025, l'Office a raccordé 320 écoles rurales au haut débit dans quatre provinces.\n\n" +
        "### Compétences\n\nL'Office a formé 2 400 agents publics aux outils numériques au cours de l'année 2025.\n",
        "2 400 agents", "Dupuis")]
    public void QuotesTheAnnexAfterACoveringLettersClosingLine_ButNotItsSigner(string language, string text, string work, string signer)
    {
        using var drafts = new OneContributionDrafts("wsis-letter-annex-", ".md");
        var sentences = drafts.Draft(language, text).Sentences().Select(s => s.Text).ToArray();

        Assert.Contains(sentences, s => s.Contains(work, StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.Contains(signer, StringComparison.Ordinal));
    }

    [Fact]
    public void CitesAnEmailsSubject_WithoutTheHeaderLinesRunIntoIt()
    {
        var draft = Draft("fr", "Objet : Contribution du Vanuatu au rapport SMSI 2025\nDe : Bureau du Régulateur des télécommunications de la République de Vanuatu (TRBR)\nDate : 20 janvier 2026\n\nBonjour,\n\n" +
            "En 2025, la couverture 4G atteint 91 % de la population, contre 84 % en 2023, grâce aux sites financés par le Programme d'accès universel.\n");

        var notes = draft.Sentences().Where(s => s.Text.Contains("91 %", StringComparison.Ordinal)).Select(s => s.Note).ToArray();

        Assert.NotEmpty(notes);
        Assert.All(notes, n => Assert.Contains("« Contribution du Vanuatu au rapport SMSI 2025 »", n, StringComparison.Ordinal));
    }

    private DraftReport Draft(string language, string text) => _drafts.Draft(language, text);

    public void Dispose() => _drafts.Dispose();
}
