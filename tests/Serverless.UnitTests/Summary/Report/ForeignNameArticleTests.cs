namespace Serverless.UnitTests.Summary.Report;

/// <summary>
/// Names written in a language other than the draft's: a name opening on a Spanish or Portuguese organisation's noun
/// takes that noun's article ("La Fundação", "The Comitê Gestor"), a French "U" read as a vowel elides the article
/// ("L'UbuntuNet Alliance"), a French local government's or forum's noun takes "The" ("The District autonome
/// d'Abidjan"), an Internet Governance Forum's abbreviation its noun's "Le" ("Le Youth LACIGF"), and the World Bank Group is
/// named as the United Nations name it in French.
/// </summary>
public sealed class ForeignNameArticleTests
{
    [Theory]
    [InlineData("fr", "contribution.md", "# Input of Fundação Getulio Vargas (FGV) to the 2025 WSIS report\n\nIn 2025, FGV trained 4,600 public servants from 320 municipalities in data-driven management through its online courses.\n",
        "La Fundação Getulio Vargas (FGV) indique (original en anglais)")]
    [InlineData("en", "contribution.md", "# Input of Fundação Getulio Vargas (FGV) to the 2025 WSIS report\n\nIn 2025, the Center for Technology and Society ran a Youth Observatory of Internet Governance, which trained 120 students from 11 countries.\n",
        "The Fundação Getulio Vargas (FGV) reports")]
    [InlineData("en", "contribution.md", "# Contribution du Comitê Gestor da Internet no Brasil au rapport 2025 sur le SMSI\n\nLe Comitê Gestor da Internet no Brasil est l'organe multipartite chargé de coordonner les initiatives relatives à l'Internet au Brésil.\n\n" +
        "En 2025, le Comitê a raccordé 37 nouveaux points d'échange Internet et le réseau à haut débit du point d'échange de São Paulo a atteint 31 térabits par seconde.\n",
        "The Comitê Gestor da Internet no Brasil reports (original in French)")]
    [InlineData("fr", "contribution.md", "# Contribution of the UbuntuNet Alliance to the 2025 WSIS report\n\nThe UbuntuNet Alliance is the regional research and education network of Eastern and Southern Africa.\n\n" +
        "In 2025, the UbuntuNet Alliance connected 48 universities in six countries to its 100 Gbps backbone.\n",
        "L'UbuntuNet Alliance indique (original en anglais)")]
    [InlineData("fr", "contribution.md", "# World Bank Group: Input to the 2025 WSIS report\n\nIn 2025, the World Bank Group financed 9,400 kilometres of national backbone fibre in four countries.\n",
        "Le Groupe de la Banque mondiale indique (original en anglais)")]
    [InlineData("en", "contribution.md", "# Contribution de l'équipe de pays des Nations Unies au Togo au rapport 2025 sur le SMSI\n\nEn 2025, le PNUD a appuyé la mise en ligne de 120 procédures administratives du Togo.\n",
        "The Équipe de pays des Nations Unies au Togo reports (original in French)")]
    [InlineData("en", "contribution.txt", "Contribution au rapport 2025 sur le SMSI\n\nEn 2025, la Collectivité a achevé le déploiement de la fibre optique jusqu'à l'abonné sur l'ensemble de l'île.\n\n" +
        "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\nLe Président de la Collectivité de Saint-Barthélemy\nGustavia, le 28 janvier 2026\n",
        "The Collectivité de Saint-Barthélemy reports (original in French)")]
    [InlineData("en", "contribution.md", "# Contribution du Gouvernement provincial du Sud-Kivu au rapport 2025 sur le SMSI\n\nEn 2025, le Gouvernement provincial a mis en service un guichet numérique qui a traité 3 400 demandes d'autorisation.\n",
        "The Gouvernement provincial du Sud-Kivu reports (original in French)")]
    [InlineData("en", "contribution.md", "# Contribution de la Province du Sud-Kivu au rapport 2025 sur le SMSI\n\nEn 2025, la Province a raccordé 26 écoles secondaires à Internet.\n",
        "The Province du Sud-Kivu reports (original in French)")]
    [InlineData("en", "contribution.md", "# Contribution du District autonome d'Abidjan au rapport 2025 sur le SMSI\n\nEn 2025, le District a dématérialisé 42 procédures administratives, dont la délivrance des actes d'état civil.\n",
        "The District autonome d'Abidjan reports (original in French)")]
    [InlineData("en", "contribution.md", "# Contribution du Forum sur la gouvernance de l'Internet en Afrique centrale (FGI-AC) au rapport 2025 sur le SMSI\n\nEn 2025, le FGI-AC a formé 75 jeunes, dont 40 femmes, à la gouvernance de l'Internet à Libreville.\n",
        "The Forum sur la gouvernance de l'Internet en Afrique centrale (FGI-AC) reports (original in French)")]
    [InlineData("fr", "contribution.md", "# Government of Kerala – Kerala State IT Mission\n\n## Input to the WSIS 2025 progress report\n\nThe Kerala State IT Mission (KSITM) is the nodal agency of the Government of Kerala for e-governance.\n\n" +
        "In 2025, the Mission extended the Kerala Fibre Optic Network to 38,000 households.\n",
        "La Kerala State IT Mission (KSITM) indique (original en anglais)")]
    [InlineData("fr", "contribution.md", "# City of Cape Town: input to the 2025 WSIS progress report\n\nIn 2025, the City extended its free public Wi-Fi network to 312 sites.\n",
        "La City of Cape Town indique (original en anglais)")]
    [InlineData("fr", "contribution.md", "# Joint contribution of the Global Satellite Operators Association (GSOA) and the Africa Satellite Industry Forum (ASIF) to the 2025 WSIS progress report\n\n" +
        "In 2025, GSOA and ASIF connected 312 rural schools in Malawi, Zambia and Mozambique.\n",
        "La Global Satellite Operators Association (GSOA) et l'Africa Satellite Industry Forum (ASIF) indiquent (original en anglais)")]
    [InlineData("fr", "contribution.md", "# Input of Youth LACIGF to the 2025 WSIS report\n\nIn 2025, Youth LACIGF trained 240 young people from 18 countries of the region in Internet governance.\n",
        "Le Youth LACIGF indique (original en anglais)")]
    [InlineData("fr", "contribution.md", "# Input of the Special Rapporteur on the right to privacy to the 2025 WSIS report\n\nIn 2025, I presented to the Human Rights Council a thematic report on privacy and artificial intelligence in elections, which examines 38 national elections.\n",
        "Le Special Rapporteur on the right to privacy indique (original en anglais)")]
    [InlineData("fr", "contribution.md", "# Input of the Korea Information Society Development Institute (KISDI) to the 2025 WSIS report\n\nThe Korea Information Society Development Institute (KISDI) is a government-funded research institute.\n\n" +
        "In 2025, KISDI trained 95 policy makers from 14 countries on broadband policy and spectrum management.\n",
        "Le Korea Information Society Development Institute (KISDI) indique (original en anglais)")]
    [InlineData("fr", "contribution.txt", "NATIONAL ASSEMBLY OF ZAMBIA\n\nParliament Buildings, Lusaka\n\nContribution to the 2026 WSIS progress report\n\n" +
        "In 2025, the National Assembly of Zambia began live-streaming all committee hearings, which recorded 2.3 million views, and connected 156 constituency offices to broadband.\n",
        "La National Assembly of Zambia indique (original en anglais)")]
    [InlineData("fr", "contribution.md", "# Input of the Mayor's Office of Medellín (Alcaldía de Medellín) to the 2025 WSIS report\n\n" +
        "In 2025, the Mayor's Office of Medellín (Alcaldía de Medellín) connected 310 public schools and 42 libraries to free broadband and trained 9,800 residents in digital skills.\n",
        "Le Mayor's Office of Medellín (Alcaldía de Medellín) indique (original en anglais)")]
    [InlineData("en", "contribution.md", "# Département de mathématiques et informatique de l'Université Cheikh Anta Diop de Dakar\n\n## Contribution au rapport 2025 sur le SMSI\n\n" +
        "En 2025, le Département a ouvert un master en intelligence artificielle et science des données, dont la première promotion compte 45 étudiants.\n",
        "The Département de mathématiques et informatique de l'Université Cheikh Anta Diop de Dakar reports (original in French)")]
    public void GivesANameWrittenInAnotherLanguage_TheArticleTheDraftsLanguageGivesIt(string language, string fileName, string text, string expected)
    {
        var sentences = DraftSentences.Of(language, fileName, text);

        Assert.Contains(sentences, s => s.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("fr", "Banco Digital do Sertão S.A. – Contribution to the 2025 report on WSIS implementation\n\nIn 2025, Banco Digital do Sertão S.A. opened 410,000 mobile accounts for rural families.\n", "Banco Digital do Sertão S.A. indique")]
    [InlineData("fr", "Contribution of the United Nations Resident Coordinator Office in Moldova to the 2025 WSIS report\n\nIn 2025, the Office supported 14 municipalities in putting 60 services online.\n", "L'United")]
    public void KeepsNoArticleOrElision_WhereTheLanguageWritesNone(string language, string text, string notExpected)
    {
        var sentences = DraftSentences.Of(language, "contribution.txt", text);

        if (notExpected.EndsWith("indique", StringComparison.Ordinal))
        {
            Assert.Contains(sentences, s => s.Contains(notExpected, StringComparison.Ordinal) && !s.Contains("Le " + notExpected, StringComparison.Ordinal));
        }
        else
        {
            Assert.DoesNotContain(sentences, s => s.Contains(notExpected, StringComparison.Ordinal));
        }
    }
}
