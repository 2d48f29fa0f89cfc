using Serverless.Shared.Classification;
using static Serverless.UnitTests.Classification.ClassifierFixture;

namespace Serverless.UnitTests.Classification;

public class ActionLineClassificationTests
{
    [Theory]
    [InlineData("L'UIT a publié la cinquième édition de l'Indice mondial de cybersécurité.", "C5")]
    [InlineData("The Global E-waste Monitor estimated that electronic waste keeps growing.", "C7.6")]
    [InlineData("La connectivité haut débit des zones rurales reste insuffisante.", "C2")]
    [InlineData("UNESCO published a toolkit on indigenous languages and multilingualism online.", "C8")]
    [InlineData("L'OMS a progressé dans l'exécution de la Stratégie mondiale pour la santé numérique.", "C7.4")]
    [InlineData("Le pays a adopté une loi sur la protection des enfants en ligne.", "C5")]
    [InlineData("Des systèmes d'alerte précoce couvrent désormais les îles du Pacifique.", "C7.6")]
    [InlineData("La cyberadministration permet de déclarer une naissance depuis la mairie.", "C7.1")]
    [InlineData("Les langues locales sont mieux représentées sur le Web.", "C8")]
    public void GivesPrimaryActionLine_When_TextUsesItsTerms(string text, string code)
    {
        var labels = Classifier.Classify(new ClassificationRequest(text));

        Assert.Equal(code, labels.PrimaryActionLine);
    }

    [Fact]
    public void ShowsEvidence_When_LabelIsGiven()
    {
        var labels = Classifier.Classify(new ClassificationRequest("Telemedicine and digital health services expanded in rural clinics.", "en"));

        Assert.All(labels.ActionLines, l => Assert.NotEmpty(l.Evidence));
        Assert.Contains("telemedicine", labels.ActionLines[0].Evidence);
    }

    [Theory]
    [InlineData("Le Conseil est invité à prendre note du présent document.")]
    [InlineData("The meeting was held on 16 and 17 December 2025 at Headquarters in New York.")]
    [InlineData("Dans les limites du budget alloué pour 2024-2025.")]
    public void GivesNoActionLine_When_TextIsProcedural(string text)
    {
        Assert.Empty(Classifier.Classify(new ClassificationRequest(text)).ActionLines);
    }

    [Theory]
    [InlineData("L'UIT est seule coordonnatrice des grandes orientations C2, C5 et C6 et co-coordonnatrice des grandes orientations C1, C3 et C4.")]
    [InlineData("Les entités ont rendu compte de leurs activités au titre des grandes orientations C3, C7 et C9.")]
    [InlineData("The facilitators are ITU for action lines C2, C5 and C6, UNESCO for C3, C7 (e-learning and e-science), C8, C9 and C10, and UNDP for C1 and C4.")]
    public void GivesNoActionLine_When_TextOnlyListsActionLineCodes(string text)
    {
        Assert.Empty(Classifier.Classify(new ClassificationRequest(text)).ActionLines);
    }

    [Theory]
    [InlineData("Les applications TIC se diffusent : parmi ces applications TIC, la cybersanté gagne les hôpitaux ruraux.", "C7.4")]
    [InlineData("ICT applications keep spreading, and among ICT applications e-learning reaches rural schools.", "C7.3")]
    public void GivesTheSubLineAlone_When_TextNamesC7AndOneOfItsSubLines(string text, string subLine)
    {
        var lines = Classifier.Classify(new ClassificationRequest(text)).ActionLines.Select(l => l.Code).ToArray();

        Assert.Contains(subLine, lines);
        Assert.DoesNotContain("C7", lines);
    }

    [Theory]
    [InlineData("Les TIC changent la manière dont les services publics sont assurés, dont les entreprises traitent avec les consommateurs et dont l'emploi évolue.")]
    [InlineData("Digital technologies are changing how public services are delivered, how business reaches consumers and where employment grows.")]
    public void GivesTheLineAsAWhole_When_TextSpreadsOverThreeOfItsSubLines(string text)
    {
        var labels = Classifier.Classify(new ClassificationRequest(text));

        Assert.Equal("C7", labels.PrimaryActionLine);
        Assert.DoesNotContain(labels.ActionLines, l => l.Code.StartsWith("C7.", StringComparison.Ordinal));
        Assert.True(labels.ActionLines[0].Evidence.Count >= 3, "the evidence names each field touched");
    }

    [Fact]
    public void KeepsTheSubLine_When_OneOfTheFieldsIsNamedBySpecificTerm()
    {
        var labels = Classifier.Classify(new ClassificationRequest(
            "La télémédecine relie désormais les hôpitaux, les écoles et les entreprises des zones rurales."));

        Assert.Equal("C7.4", labels.PrimaryActionLine);
        Assert.DoesNotContain(labels.ActionLines, l => l.Code == "C7");
    }

    [Theory]
    [InlineData("ITU reports on action lines C2 (broadband infrastructure and connectivity), C5 (cybersecurity and trust) and C6 (enabling environment) at each session.")]
    [InlineData("L'UIT rend compte des grandes orientations C2 (infrastructure de l'information), C5 (établir la confiance et la sécurité dans l'utilisation des TIC) et C6 (créer un environnement propice) à chaque session.")]
    public void GivesNoActionLine_When_ACodeListGlossesEachCode(string text)
    {
        Assert.Empty(Classifier.Classify(new ClassificationRequest(text)).ActionLines);
    }

    [Theory]
    [InlineData("Conformément à la Résolution 1332 (C11, dernière mod. C19), la feuille de route a été présentée au Groupe.")]
    [InlineData("Under Council Resolution 1332 (Rev. C11), the roadmap was presented to the Group.")]
    public void GivesNoActionLine_When_ACodeIsTheCouncilSessionOfAResolution(string text)
    {
        Assert.Empty(Classifier.Classify(new ClassificationRequest(text)).ActionLines);
    }

    [Theory]
    [InlineData("The Commission reviewed the national science, technology and innovation policies of three countries.", "en")]
    [InlineData("La Commission a examiné les politiques nationales de la science, de la technologie et de l'innovation de trois pays.", "fr")]
    public void GivesNoEScience_When_TextNamesThePolicyFieldOfScienceTechnologyAndInnovation(string text, string language)
    {
        Assert.DoesNotContain(Classifier.Classify(new ClassificationRequest(text, language)).ActionLines, l => l.Code == "C7.8");
    }

    [Fact]
    public void GivesNoEnablingEnvironment_When_AFrenchTextSaysADocumentWasDealtWith()
    {
        var labels = Classifier.Classify(new ClassificationRequest("Le rapport a trait à la session et il a été traité par le secrétariat.", "fr"));

        Assert.DoesNotContain(labels.ActionLines, l => l.Code == "C6");
    }

    [Fact]
    public void GivesNoCapacityBuilding_When_AFrenchTextSpeaksOfFormsAndPlatforms()
    {
        var labels = Classifier.Classify(new ClassificationRequest(
            "La Commission a tenu sa session sous forme de séances virtuelles sur une plate-forme en ligne.", "fr"));

        Assert.DoesNotContain(labels.ActionLines, l => l.Code == "C4");
    }

    [Fact]
    public void NamesTheNearestLine_When_AParagraphFallsShortOfALabel()
    {
        var labels = Classifier.Classify(new ClassificationRequest("Les écoles du district ont rouvert en septembre.", "fr"));

        Assert.Empty(labels.ActionLines);
        Assert.Equal("C7.3", labels.NearMiss!.Code);
        Assert.Contains("écoles", labels.NearMiss.Evidence);
    }

    [Fact]
    public void NamesNoNearMiss_When_AParagraphIsLabelled()
    {
        Assert.Null(Classifier.Classify(new ClassificationRequest("La connectivité haut débit des zones rurales reste insuffisante.")).NearMiss);
    }

    [Fact]
    public void GivesTheActionLine_When_TextNamesOneCode()
    {
        var labels = Classifier.Classify(new ClassificationRequest("Au titre de la grande orientation C5, l'Union a tenu un atelier."));

        Assert.Equal("C5", labels.PrimaryActionLine);
    }

    [Theory]
    [InlineData("L'UIT a tenu le Colloque mondial sur la normalisation avant l'Assemblée mondiale de normalisation des télécommunications.")]
    [InlineData("ITU held the Global Standards Symposium before the World Telecommunication Standardization Assembly on standardization.")]
    public void GivesNoActionLine_When_OnlyAMeetingsNameHoldsItsTerms(string text)
    {
        Assert.Empty(Classifier.Classify(new ClassificationRequest(text)).ActionLines);
    }

    [Fact]
    public void InheritsActionLine_When_SectionHeadingNamesItsCode()
    {
        var request = new ClassificationRequest(
            "Le projet a installé des pylônes solaires dans 300 villages.",
            "fr",
            Section: "b) Infrastructure de l'information et des communications (C2)");

        var labels = Classifier.Classify(request);

        Assert.Equal("C2", labels.PrimaryActionLine);
        Assert.StartsWith("section:", labels.ActionLines[0].Evidence[0]);
    }

    [Theory]
    [InlineData("Cybersanté", "C7.4")]
    [InlineData("Administration en ligne", "C7.1")]
    [InlineData("E-agriculture", "C7.7")]
    [InlineData("i) Médias (C9)", "C9")]
    public void InheritsActionLine_When_SectionHeadingIsTheLineName(string section, string code)
    {
        var labels = Classifier.Classify(new ClassificationRequest("Un programme national a été lancé en 2024.", Section: section));

        Assert.Equal(code, labels.PrimaryActionLine);
    }

    [Theory]
    [InlineData("Action line C7.4: E-health", "C7.4")]
    [InlineData("C2. Information and communication infrastructure", "C2")]
    [InlineData("C5 – Building confidence and security in the use of ICTs", "C5")]
    [InlineData("Grande orientation C3 : accès à l'information et au savoir", "C3")]
    [InlineData("3.11 Ligne d'action C11", "C11")]
    public void InheritsActionLine_When_SectionHeadingNamesItsCodeWithoutParentheses(string section, string code)
    {
        var labels = Classifier.Classify(new ClassificationRequest("A national programme was launched in 2024.", Section: section));

        Assert.Equal(code, labels.PrimaryActionLine);
    }

    [Theory]
    [InlineData("Action lines C1 and C2")]
    [InlineData("Document C25/45 of the Council")]
    [InlineData("Rapport du Groupe de travail du Conseil (C12)")]
    public void InheritsNothing_When_SectionHeadingNamesNoSingleActionLineCode(string section)
    {
        var labels = Classifier.Classify(new ClassificationRequest("A national programme was launched in 2024.", Section: section));

        Assert.Empty(labels.ActionLines);
    }

    [Fact]
    public void InheritsNothing_When_SectionHeadingOnlyMentionsATerm()
    {
        var labels = Classifier.Classify(new ClassificationRequest("Un programme national a été lancé en 2024.", Section: "a) Mécanismes de financement"));

        Assert.Empty(labels.ActionLines);
    }

    [Fact]
    public void PutsStrongestLineFirst_When_SeveralLinesAreNamed()
    {
        var labels = Classifier.Classify(new ClassificationRequest(
            "Urges Governments to establish enabling legal and regulatory frameworks that attract investment in broadband networks;", "en"));

        Assert.Equal(["C6", "C2"], Codes(labels));
        Assert.True(labels.ActionLines[0].Score >= labels.ActionLines[1].Score);
    }

    [Fact]
    public void CountsPhraseOnce_When_ItIsListedInBothLanguages()
    {
        var labels = Classifier.Classify(new ClassificationRequest("La coopération se poursuit.", "fr"));

        Assert.Empty(labels.ActionLines);
    }

    [Fact]
    public void GivesSameLabels_When_CalledFromManyThreads()
    {
        var request = new ClassificationRequest("Calls upon all stakeholders to expand broadband and digital skills;", "en");
        var expected = Codes(Classifier.Classify(request));

        var results = new string[64][];
        Parallel.For(0, results.Length, i => results[i] = Codes(Classifier.Classify(request)));

        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
