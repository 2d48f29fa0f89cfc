using Serverless.Shared.Summary;
using Serverless.Shared.Summary.Report;

namespace Serverless.UnitTests.Summary.Report;

/// <summary>
/// How the draft says who did what, in its own language: a quote in the other language always under its entity's
/// name, a contribution whose contributor is unknown never in the report's own voice, a joint contribution with a
/// plural verb, a French subject with its article, and the lines with no activity in plain words.
/// </summary>
public sealed class ContributorWordingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wsis-wording-").FullName;

    [Fact]
    public void NamesTheEntity_BeforeAQuoteInTheOtherLanguage_EvenWhenTheQuoteNamesIt()
    {
        var draft = Draft("en", ("cea.txt", "Contribution de la Commission économique pour l'Afrique au rapport 2025\n\n1. La CEA a aidé neuf États membres à adopter une stratégie nationale de données ouvertes.\n"));

        var sentence = Assert.Single(draft.Sentences(), s => s.Text.Contains("neuf États membres", StringComparison.Ordinal));
        Assert.StartsWith("ECA reports (original in French): “La CEA a aidé", sentence.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("International Organization for Migration (IOM): input to the 2025 WSIS report", "The International Organization for Migration (IOM) reports: “We helped")]
    [InlineData("Makerere University: input to the 2025 WSIS report", "Makerere University reports: “We helped")]
    public void GivesAnEnglishNameBuiltWithOfOrFor_ItsArticle_ThoughItsTextNeverWritesIt(string title, string expected)
    {
        var draft = Draft("en", ("input.txt", title + "\n\n1. We helped 3,000 migrant families open mobile money accounts and send savings home at a tenth of the former cost.\n"));

        Assert.Single(draft.Sentences(), s => s.Text.StartsWith(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("fr", "Contribution du Programme des Nations Unies pour le développement au rapport 2025\n\n1. Dans le cadre de l'initiative Giga, nous avons cartographié 2,1 millions d'écoles dans 141 pays et raccordé 14 300 écoles à l'Internet.\n",
        "Le PNUD indique : « Dans le cadre de l'initiative Giga, nous avons cartographié")]
    [InlineData("en", "Contribution of the United Nations Development Programme to the 2025 WSIS report\n\n1. Under the Giga initiative, our teams mapped 2.1 million schools in 141 countries and connected 14,300 of them to the Internet.\n",
        "UNDP reports: “Under the Giga initiative, our teams mapped")]
    public void QuotesAKnownContributor_UnderItsName_When_ItSpeaksInTheFirstPerson(string language, string text, string expected)
    {
        var draft = Draft(language, ("undp.txt", text));

        Assert.Single(draft.Sentences(), s => s.Text.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void CitesANameCoinedWithASmallFirstLetter_AsItIsWritten()
    {
        var draft = Draft("en", ("ihub.txt", "iHub\n\n14 Galana Road, Nairobi\n\nOur input to the 2025 WSIS progress report\n\n" +
            "iHub is Nairobi's innovation hub for the technology community.\n\nWe trained 900 secondary school teachers in coding for the new curriculum.\n"));

        var sentence = Assert.Single(draft.Sentences(), s => s.Text.Contains("900 secondary school teachers", StringComparison.Ordinal));
        Assert.StartsWith("iHub reports: “We trained", sentence.Text, StringComparison.Ordinal);
        Assert.StartsWith("iHub, “Our input to the 2025 WSIS progress report”", sentence.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Contribution of the Lakeside Refugee Council (LRC) to the 2025 WSIS report\n\n1. In 2025, LRC opened 12 digital help desks in the camps. Our helpline answered 9,000 calls from refugees in four languages.\n",
        "The Lakeside Refugee Council (LRC) reports: “In 2025, LRC opened")]
    [InlineData("fr", "Contribution du Réseau des radios de la vallée (RRV) au rapport 2025\n\n1. En 2025, le RRV a équipé 35 radios rurales d'émetteurs solaires ; nos animatrices ont formé 700 femmes à la vérification des faits.\n",
        "Le Réseau des radios de la vallée (RRV) indique : « En 2025, le RRV a équipé")]
    public void QuotesAContributorThatNamesItself_UnderItsName_When_ItAlsoSpeaksInTheFirstPerson(string language, string text, string expected)
    {
        var draft = Draft(language, ("contribution.txt", text));

        Assert.Single(draft.Sentences(), s => s.Text.StartsWith(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "An unidentified contributor reports: “We trained 45 midwives")]
    [InlineData("fr", "Un contributeur non identifié indique (original en anglais) : « We trained 45 midwives")]
    public void QuotesAnUnidentifiedContributor_NeverInTheReportsOwnVoice(string language, string expected)
    {
        var draft = Draft(language, ("notes.txt", "Notes for 2025\n\nWe trained 45 midwives in three districts to send patient records over mobile phones to the regional hospital.\n"));

        Assert.Single(draft.Sentences(), s => s.Text.StartsWith(expected, StringComparison.Ordinal));
        Assert.DoesNotContain(draft.Sentences(), s => s.Text.StartsWith("We trained", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "(HSN) and the Open Classroom Foundation (OCF) report: “We")]
    [InlineData("fr", "(HSN) et l'Open Classroom Foundation (OCF) indiquent (original en anglais) : « We")]
    public void GivesAJointContribution_APluralVerb(string language, string expected)
    {
        var draft = Draft(language, ("joint.txt",
            "Joint contribution of the Highland Schools Network (HSN) and the Open Classroom Foundation (OCF) to the 2025 WSIS report\n\n" +
            "1. We equipped 210 rural classrooms with solar-powered tablets and trained 400 teachers to use open textbooks on them.\n"));

        var sentence = Assert.Single(draft.Sentences(), s => s.Text.Contains("210 rural classrooms", StringComparison.Ordinal));
        Assert.Contains(expected, sentence.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Contribution de l'Union des radios rurales du Sahel au rapport 2025\n\n1. En 2025, nous avons équipé 35 radios rurales d'émetteurs solaires et formé 70 animatrices.\n",
        "L'Union des radios rurales du Sahel indique : « En 2025, nous avons")]
    [InlineData("OFFICE NATIONAL DES POSTES ET DU NUMÉRIQUE (ONPN)\n\nRéf. 2025/88\n\n1. En 2025, nous avons ouvert 42 points d'accès publics à Internet dans des bureaux de poste ruraux.\n\n2. L'Office a également publié un guide des services postaux en ligne.\n",
        "L'Office national des postes et du numérique (ONPN) indique : « En 2025, nous avons")]
    public void OpensAFrenchSentenceOnAnUnknownContributor_WithTheArticleItsTextGivesIt(string text, string expected)
    {
        var draft = Draft("fr", ("contribution.txt", text));

        Assert.Single(draft.Sentences(), s => s.Text.StartsWith(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Contribution du Consortium des universités numériques d'Afrique centrale (CUNAC) au rapport 2025\n\n1. En 2025, le Consortium a raccordé neuf campus au réseau régional de recherche et d'éducation.\n",
        "The Consortium des universités numériques d'Afrique centrale (CUNAC) reports (original in French): “En 2025")]
    [InlineData("Contribution de la Belgique au rapport 2025\n\n1. En 2025, la Belgique a consacré 62 millions d'euros à des projets de coopération numérique au Rwanda et au Sénégal.\n",
        "Belgium reports (original in French): “En 2025")]
    public void GivesAnOrganisationNamedInFrench_TheEnglishArticle_AndAStateItsEnglishName(string text, string expected)
    {
        var draft = Draft("en", ("contribution.txt", text));

        Assert.Single(draft.Sentences(), s => s.Text.StartsWith(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Contribution of Switzerland to the 2025 WSIS report\n\n1. In 2025 we connected 120 mountain schools to broadband and trained 900 teachers to use open textbooks.\n",
        "La Suisse indique (original en anglais) : « In 2025 we connected")]
    [InlineData("Contribution of the Netherlands to the 2025 WSIS report\n\n1. In 2025 we connected 120 rural schools to broadband and trained 900 teachers to use open textbooks.\n",
        "Les Pays-Bas indiquent (original en anglais) : « In 2025 we connected")]
    public void NamesAStateThatContributedInEnglish_AsFrenchWritesIt(string text, string expected)
    {
        var draft = Draft("fr", ("contribution.txt", text));

        Assert.Single(draft.Sentences(), s => s.Text.StartsWith(expected, StringComparison.Ordinal));
        Assert.DoesNotContain(draft.Sentences(), s => s.Text.Contains("Switzerland", StringComparison.Ordinal) || s.Text.Contains("Netherlands", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Contribution of the Mekong Youth Code Foundation to the 2025 WSIS report\n\n1. In 2025 we trained 3,850 secondary school students in coding and robotics in 64 schools.\n",
        "La Mekong Youth Code Foundation indique (original en anglais) : « In 2025 we trained")]
    [InlineData("Contribution of the International Organization for Seafarers' Welfare (IOSW) to the 2025 WSIS report\n\n1. In 2025 we trained 1,150 port officials from 31 countries in the protection of seafarers' data.\n",
        "L'International Organization for Seafarers' Welfare (IOSW) indique (original en anglais) : « In 2025 we trained")]
    [InlineData("Digital Rights Watch International (DRWI): input to the 2025 WSIS report\n\n1. In 2025 we trained 1,840 journalists in 23 countries in digital security.\n",
        "Digital Rights Watch International (DRWI) indique (original en anglais) : « In 2025 we trained")]
    public void GivesAnOrganisationNamedInEnglish_TheFrenchArticleOfItsNoun_OrElidedBeforeAVowel(string text, string expected)
    {
        var draft = Draft("fr", ("contribution.txt", text));

        Assert.Single(draft.Sentences(), s => s.Text.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void OpensAFrenchJointContribution_OnItsFirstOrganisation_WithTheArticleEachPartnerTakes()
    {
        var draft = Draft("fr", ("joint.md",
            "# Contribution conjointe d'Internet Sans Frontières (ISF), de l'Association des femmes juristes du numérique (AFJN) et du Réseau des radios communautaires du Sahel (RRCS) au rapport annuel 2025\n\n" +
            "En 2025, nous avons formé 740 animateurs de radios communautaires à la vérification des informations en ligne.\n\n" +
            "Le RRCS a équipé 38 radios communautaires de liaisons internet par satellite.\n"));

        Assert.Contains(draft.Sentences(), s => s.Text.StartsWith(
            "Internet Sans Frontières (ISF), l'Association des femmes juristes du numérique (AFJN) et le Réseau des radios communautaires du Sahel (RRCS) indiquent : « En 2025, nous avons formé", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("fr", "« En 2025, l'Union a lancé la campagne “Radios connectées” auprès de 35 radios communautaires")]
    [InlineData("en", "“En 2025, l'Union a lancé la campagne ‘Radios connectées’ auprès de 35 radios communautaires")]
    public void WritesAQuoteInsideAQuote_AsTheReportsLanguageDoes(string language, string expected)
    {
        var draft = Draft(language, ("radios.txt", "Contribution de l'Union des radios rurales du Sahel au rapport 2025\n\n" +
            "1. En 2025, l'Union a lancé la campagne « Radios connectées » auprès de 35 radios communautaires, qui diffusent désormais des informations locales vérifiées.\n"));

        Assert.Single(draft.Sentences(), s => s.Text.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "report: “We equipped", "add: “We also built")]
    [InlineData("fr", "indiquent (original en anglais) : « We equipped", "ajoutent (original en anglais) : « We also built")]
    public void SaysTheEntityAdds_WhenItsNextStatementFollowsInTheSameParagraph(string language, string first, string next) =>
        AssertTwoStatementsInOneParagraph(
            language,
            "Joint contribution of the Highland Schools Network (HSN) and the Open Classroom Foundation (OCF) to the 2025 WSIS report",
            first,
            next);

    [Theory]
    [InlineData("en", "The Highland Schools Network (HSN) reports: “We equipped", "HSN adds: “We also built")]
    [InlineData("fr", "Highland Schools Network (HSN) indique (original en anglais) : « We equipped", "Highland Schools Network (HSN) ajoute (original en anglais) : « We also built")]
    public void NamesAContributorByItsAbbreviation_WhenItSpeaksAgain_WhereTheLanguageWritesItBare(string language, string first, string next) =>
        AssertTwoStatementsInOneParagraph(language, "Contribution of the Highland Schools Network (HSN) to the 2025 WSIS report", first, next);

    /// <summary>
    /// A contribution under <paramref name="title"/> of two numbered paragraphs on one field: the draft gives them one
    /// paragraph, its first sentence containing <paramref name="first"/> and its second <paramref name="next"/>.
    /// </summary>
    private void AssertTwoStatementsInOneParagraph(string language, string title, string first, string next)
    {
        var draft = Draft(language, ("contribution.txt",
            title + "\n\n" +
            "1. We equipped 35 village schools with satellite broadband links and connected 12 health posts to the national fibre backbone.\n\n" +
            "2. We also built 8 solar-powered mobile towers that extend broadband network coverage to 40 remote villages.\n"));

        var paragraph = Assert.Single(draft.Sections.SelectMany(s => s.SelfAndDescendants()).SelectMany(s => s.Paragraphs),
            p => p.Sentences.Any(s => s.Text.Contains("We equipped", StringComparison.Ordinal)));
        Assert.Equal(2, paragraph.Sentences.Count);
        Assert.Contains(first, paragraph.Sentences[0].Text, StringComparison.Ordinal);
        Assert.Contains(next, paragraph.Sentences[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void SaysInWords_HowOftenALineWithoutActivityIsMentioned()
    {
        SummaryDocument document = new("d1", "c.md", "ITU", "en", null,
        [
            new(0, "1", "paragraph", "ITU connected 1,200 rural schools to broadband networks in twelve least developed countries.", ["C2"], 3, ["broadband"], [], []),
            new(1, null, "footnote", "See the e-science portal.", ["C7.8"], 1, [], [], []),
            new(2, null, "footnote", "Research networks are listed in annex II.", ["C7.8"], 1, [], [], []),
            new(3, null, "footnote", "Figures for grid computing are provisional.", ["C7.8"], 1, [], [], []),
        ], Kind: "contribution");
        var summary = ClassifiedDocuments.Compiler.Compile(2025, [document], null, DateTimeOffset.UnixEpoch);

        var english = ClassifiedDocuments.Builder.Build(summary, "en").Sentences().Select(s => s.Text).ToArray();
        var french = ClassifiedDocuments.Builder.Build(summary, "fr").Sentences().Select(s => s.Text).ToArray();

        Assert.Single(english, s => s.Contains("this action line in three paragraphs", StringComparison.Ordinal));
        Assert.Single(french, s => s.Contains("dans trois paragraphes", StringComparison.Ordinal));
        Assert.DoesNotContain(english.Concat(french), s => s.Contains("No activity was reported", StringComparison.Ordinal));
        Assert.DoesNotContain(english.Concat(french), s => (s.Contains("this action line", StringComparison.Ordinal) || s.Contains("cette grande orientation", StringComparison.Ordinal)) && s.Any(char.IsDigit));
    }

    [Theory]
    [InlineData("en", "It draws on 1 document received.")]
    [InlineData("fr", "Il s'appuie sur 1 document reçu.")]
    public void CountsTheDocuments_WithoutAnEmptyListOfEntities_When_NoContributorIsNamed(string language, string expected)
    {
        var draft = Draft(language, ("notes.txt", "Notes for 2025\n\nWe trained 45 midwives in three districts to send patient records over mobile phones to the regional hospital.\n"));

        Assert.Contains(draft.Sentences(), s => s.Text == expected);
        Assert.DoesNotContain(draft.Sentences(), s => s.Text.Contains(": .", StringComparison.Ordinal) || s.Text.Contains(" 0 ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Giga Connect linked 1,300 schools to broadband in nine countries in 2025.", "According to ITU, Giga Connect linked 1,300 schools")]
    [InlineData("The Academy trained 4,000 officials in spectrum management in 2025.", "According to ITU, the Academy trained 4,000 officials")]
    public void KeepsTheCapitalOfANameOfSeveralWords_AfterAccordingTo(string paragraph, string expected)
    {
        var draft = Draft("en", ("itu.txt", "Contribution of the International Telecommunication Union to the 2025 WSIS report\n\n1. " + paragraph + "\n"));

        Assert.Single(draft.Sentences(), s => s.Text.StartsWith(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("L'initiative « Connect.post » a raccordé 12 100 bureaux de poste à Internet dans 42 pays en 2025.", "Selon l'UPU, l'initiative « Connect.post » a raccordé")]
    [InlineData("L’Organisation a publié en 2025 une norme de sécurité pour les envois du commerce électronique dans 19 pays.", "Selon l'UPU, l’Organisation a publié")]
    [InlineData("D'avril à décembre 2025, 4 200 bureaux de poste de 42 pays ont été raccordés au réseau à haut débit national.", "Selon l'UPU, d'avril à décembre 2025, 4 200 bureaux")]
    public void LowersAnElidedArticle_AfterSelon(string paragraph, string expected)
    {
        var draft = Draft("fr", ("upu.txt", "Contribution de l'Union postale universelle au rapport 2025 sur le SMSI\n\n1. " + paragraph + "\n"));

        Assert.Single(draft.Sentences(), s => s.Text.StartsWith(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "the Network trained 3,700 women entrepreneurs", "a formé 3 700 femmes")]
    [InlineData("fr", "a formé 3 700 femmes", "the Network trained 3,700 women entrepreneurs")]
    public void QuotesABilingualContribution_InTheDraftsLanguageOnly_AndUnmarked(string language, string kept, string left)
    {
        var draft = Draft(language, ("bilingual.md", "# Réseau numérique des deux rives (RNDR)\n\n## Contribution to the 2025 WSIS report / Contribution au rapport 2025 sur le SMSI\n\n" +
            "### English\n\nIn 2025 the Network trained 3,700 women entrepreneurs from 21 countries in selling their products online.\n\n" +
            "### Français\n\nEn 2025, le Réseau a formé 3 700 femmes entrepreneures de 21 pays à la vente de leurs produits en ligne.\n"));

        var sentences = draft.Sentences().Select(s => s.Text).ToArray();
        var sentence = Assert.Single(sentences, s => s.Contains(kept, StringComparison.Ordinal));
        Assert.DoesNotContain("original", sentence, StringComparison.Ordinal);
        Assert.DoesNotContain(sentences, s => s.Contains(left, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public void SaysNothingOfALine_WhoseOnlyStatementIsATranslationQuotedUnderAnother(string language)
    {
        SummaryDocument document = new("d1", "rndr.md", "Réseau numérique des deux rives (RNDR)", "fr", null,
        [
            new(0, null, "paragraph", "In 2025 the Network trained 3,700 women entrepreneurs from 21 countries in selling their products online.", ["C4"], 3, ["trained"], [], []),
            new(1, null, "paragraph", "En 2025, le Réseau a formé 3 700 femmes entrepreneures de 21 pays à la vente de leurs produits en ligne.", ["C7.2"], 3, ["vente en ligne"], [], []),
        ], Kind: "contribution");
        var draft = ClassifiedDocuments.Builder.Build(ClassifiedDocuments.Compiler.Compile(2025, [document], null, DateTimeOffset.UnixEpoch), language);

        var sentences = draft.Sentences().Select(s => s.Text).ToArray();
        Assert.Single(sentences, s => s.Contains("3,700 women", StringComparison.Ordinal) || s.Contains("3 700 femmes", StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s == ReportText.For(language).ReportedElsewhere);
    }

    [Fact]
    public void ListsTheContributors_InTheAlphabeticalOrderOfTheDraftsLanguage()
    {
        var draft = Draft("fr",
            ("z.txt", "Contribution du Réseau Zéphyr au rapport 2025\n\n1. En 2025, le Réseau a formé 300 enseignants au numérique dans 12 écoles.\n"),
            ("e.txt", "Contribution des Éditions Atlas au rapport 2025\n\n1. En 2025, les Éditions ont numérisé 4 000 manuels scolaires pour 80 écoles.\n"));

        Assert.Single(draft.Sentences(), s => s.Text.Contains("Éditions Atlas, Réseau Zéphyr", StringComparison.Ordinal));
    }

    [Fact]
    public void GivesAStateWhoseNameIsPlural_APluralVerb()
    {
        var draft = Draft("fr", ("pays-bas.txt", "Contribution des Pays-Bas au rapport 2025 sur la mise en œuvre des résultats du SMSI\n\n" +
            "1. Les Pays-Bas ont poursuivi en 2025 leur stratégie nationale pour le numérique.\n\n" +
            "2. Le Gouvernement a raccordé 300 écoles rurales à la fibre optique et formé 900 enseignants.\n\n" +
            "3. Le Gouvernement a ouvert 120 services publics en ligne utilisés par 2 millions de résidents.\n"));

        var sentences = draft.Sentences().Select(s => s.Text).ToArray();
        // Quoted in Europe's section (the State's region), where its second statement follows its first.
        Assert.Contains(sentences, s => s.StartsWith("Les Pays-Bas indiquent : « Le Gouvernement", StringComparison.Ordinal)
            || s.StartsWith("Les Pays-Bas ajoutent : « Le Gouvernement", StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.Contains("Les Pays-Bas indique ", StringComparison.Ordinal) || s.Contains("Les Pays-Bas ajoute ", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private DraftReport Draft(string language, params (string Name, string Text)[] files)
    {
        foreach (var (name, text) in files)
        {
            File.WriteAllText(Path.Combine(_folder, name), text);
        }

        var documents = ClassifiedDocuments.Read(files.Select(f => Path.Combine(_folder, f.Name))).Select(d => d.Document).ToArray();
        return ClassifiedDocuments.Builder.Build(ClassifiedDocuments.Compiler.Compile(2025, documents, null, DateTimeOffset.UnixEpoch), language);
    }
}
