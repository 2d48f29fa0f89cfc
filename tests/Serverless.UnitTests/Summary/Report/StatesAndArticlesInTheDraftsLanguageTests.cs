namespace Serverless.UnitTests.Summary.Report;

/// <summary>
/// A State and an organisation named as the draft's language names them, whatever the contribution's language: a State
/// by a formal name that opens on an organisation's noun ("l'Union des Comores"), a State a dash gives as a body's place
/// ("... (ANSIE) – République de Djibouti", "... – Kingdom of Jordan"), by its short name in the draft's language; an
/// English name in the French draft with the article of the noun that ends its head, also before its abbreviation in
/// brackets ("La Canadian Internet Registration Authority (CIRA)") and when that noun is "Corporation".
/// </summary>
public sealed class StatesAndArticlesInTheDraftsLanguageTests
{
    private const string Comoros = "UNION DES COMORES\nUnité – Solidarité – Développement\nMinistère des Postes et Télécommunications\n\nMoroni, le 18 janvier 2026\n\n" +
        "Objet : Contribution de l'Union des Comores au rapport annuel sur le SMSI\n\n" +
        "En 2025, le câble sous-marin reliant Mohéli à la Grande Comore a été mis en service, ce qui a divisé par deux le prix de gros de la capacité internationale.\n";

    [Theory]
    [InlineData("en", "The Comoros reports (original in French)")]
    [InlineData("fr", "Les Comores indiquent")]
    public void NamesAStateByItsShortName_WhenItsFormalNameOpensOnAnOrganisationsNoun(string language, string expected)
    {
        var sentences = DraftSentences.Of(language, "comores.txt", Comoros);

        Assert.Contains(sentences, s => s.Contains(expected, StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.Contains("Union des Comores", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "questionnaire.md", "# Questionnaire SMSI 2025 – Réponses de l'Agence nationale des systèmes d'information de l'État (ANSIE), République de Djibouti\n\n" +
        "**Q1 – Activités menées en 2025 ?**\n\nRéponse : En 2025, l'ANSIE a raccordé 48 administrations au réseau gouvernemental et formé 600 agents publics.\n",
        "(ANSIE) – Djibouti reports (original in French)", "République de Djibouti")]
    [InlineData("fr", "input.md", "# Greater Amman Municipality – Smart City Directorate\n\n**Subject:** Input to the Secretary-General's report on WSIS implementation, 2025\n\n" +
        "In 2025 the Municipality moved 112 of its 160 citizen services online through the Amman Services application, which recorded 1.4 million transactions.\n\n" +
        "Kind regards,\n\nEng. Rania Al-Khatib\nDirector, Smart City Directorate\nGreater Amman Municipality, Hashemite Kingdom of Jordan\n",
        "Greater Amman Municipality – Jordanie indique (original en anglais)", "Kingdom of Jordan")]
    public void WritesTheStateADashGivesAsAPlace_ByItsShortNameInTheDraftsLanguage(string language, string fileName, string text, string expected, string notExpected)
    {
        var sentences = DraftSentences.Of(language, fileName, text);

        Assert.Contains(sentences, s => s.Contains(expected, StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.Contains(notExpected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("# Canadian Internet Registration Authority (CIRA) – Input to the 2025 WSIS report\n\nIn 2025, CIRA funded 41 community connectivity projects in rural and Indigenous communities, for 1.2 million dollars.\n",
        "La Canadian Internet Registration Authority (CIRA) indique (original en anglais)")]
    [InlineData("Tuvalu Telecommunications Corporation\n\nIn 2025 TTC connected the outer islands of Nukulaelae and Niulakita to satellite broadband, so that all nine islands now have internet access.\n\nFunafuti, 14 January 2026\n",
        "La Tuvalu Telecommunications Corporation indique (original en anglais)")]
    public void GivesAnEnglishNameInTheFrenchDraft_TheArticleOfTheNounEndingItsHead(string text, string expected)
    {
        var sentences = DraftSentences.Of("fr", "contribution.txt", text);

        Assert.Contains(sentences, s => s.Contains(expected, StringComparison.Ordinal));
    }
}

/// <summary>
/// A joint contribution's name in the other language: its partners joined with the draft's conjunction, each with the
/// article the draft's language gives it, and a plural verb also when a partner is listed after a comma or named after
/// a small noun ("et l'association Code Pour Tous").
/// </summary>
public sealed class JointNameInTheOtherLanguageTests
{
    private const string French = "# Contribution conjointe de l'Université de Douala, du Réseau des femmes ingénieures du Cameroun (RFIC) et de l'association Code Pour Tous au rapport 2025 sur le SMSI\n\n" +
        "En 2025, le programme a formé 860 lycéennes de Douala et d'Édéa à la programmation et à la robotique.\n";

    private const string English = "# Joint contribution of the Caribbean Centre for Development Administration (CARICAD), the CARICOM Secretariat and The University of the West Indies (UWI) to the 2025 WSIS progress report\n\n" +
        "The CARICOM Secretariat adopted a regional framework for the mutual recognition of electronic signatures, endorsed by the Council for Trade and Economic Development in May 2025.\n";

    [Theory]
    [InlineData("en", "contribution.md", French, "The Université de Douala, the Réseau des femmes ingénieures du Cameroun (RFIC) and the association Code Pour Tous report (original in French)")]
    [InlineData("fr", "contribution.md", French, "L'Université de Douala, le Réseau des femmes ingénieures du Cameroun (RFIC) et l'association Code Pour Tous indiquent")]
    [InlineData("fr", "contribution.md", English, "Le Caribbean Centre for Development Administration (CARICAD), le CARICOM Secretariat et la University of the West Indies (UWI) indiquent (original en anglais)")]
    public void JoinsAJointNamesPartners_InTheDraftsLanguage_WithAPluralVerb(string language, string fileName, string text, string expected)
    {
        var sentences = DraftSentences.Of(language, fileName, text);

        Assert.Contains(sentences, s => s.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void RepeatsAJointName_NotTheOnePartnersAbbreviation()
    {
        var sentences = DraftSentences.Of("en", "contribution.md", French +
            "\nLe RFIC a mis en place un réseau de 75 marraines ingénieures qui accompagnent les participantes dans leur orientation.\n\n" +
            "Code Pour Tous a publié en ligne, sous licence libre, l'ensemble des supports pédagogiques du programme.\n");

        Assert.DoesNotContain(sentences, s => s.Contains("RFIC add", StringComparison.Ordinal));
        Assert.Contains(sentences, s => s.Contains("and the association Code Pour Tous add (original in French)", StringComparison.Ordinal));
    }
}
