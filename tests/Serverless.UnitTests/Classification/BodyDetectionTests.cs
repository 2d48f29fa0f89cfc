using Serverless.Shared.Classification;
using Serverless.Shared.Segmentation;
using static Serverless.UnitTests.Classification.ClassifierFixture;

namespace Serverless.UnitTests.Classification;

public class BodyDetectionTests
{
    [Theory]
    [InlineData("Rappelant sa résolution 70/125 du 16 décembre 2015,", "GA")]
    [InlineData("Recalling General Assembly resolution A/RES/75/202,", "GA")]
    [InlineData("Le présent rapport a été établi en application de la résolution 2006/46 du Conseil.", "ECOSOC")]
    [InlineData("Recalling resolution E/RES/2025/18 on the review of WSIS,", "ECOSOC")]
    [InlineData("En application de la Résolution 1332 (modifiée en 2023), le rapport a été présenté.", "ITU-COUNCIL")]
    [InlineData("Conformément à la Résolution 140 (Rév. Bucarest, 2022), l'UIT participe à l'examen.", "ITU-PP")]
    [InlineData("Noting resolution A/HRC/RES/47/16 on the Internet and human rights,", "HRC")]
    [InlineData("Voir E/CN.16/2018/CRP.3.", "CSTD")]
    [InlineData("Reaffirming the Geneva Plan of Action and the Tunis Agenda,", "WSIS-SUMMIT")]
    [InlineData("Le GTC-SMSI&ODD a examiné les contributions.", "CWG-WSIS")]
    [InlineData("La réunion du FGI s'est tenue à Riyad.", "IGF")]
    public void FindsBody_When_TextCitesItsNameOrSymbol(string text, string body)
    {
        Assert.Contains(body, Classifier.Classify(new ClassificationRequest(text)).RequestingBodies);
    }

    [Theory]
    [InlineData("Welcoming the report of the Commission on Science12 and Technology for Development on its session,", "CSTD")]
    [InlineData("Reaffirming the Geneva Plan of Action1 and the Tunis Agenda2,", "WSIS-SUMMIT")]
    [InlineData("Notant les travaux du Conseil des droits de l'homme4 sur la vie privée,", "HRC")]
    public void ReadsBody_When_AFootnoteCallPastedFromAPdfIsGluedToItsName(string text, string body)
    {
        var labels = Classifier.Classify(new ClassificationRequest(text));

        // Read from its name, not guessed from the paragraph's other words (as it was when the call hid the name).
        Assert.Contains(body, labels.RequestingBodies);
        Assert.DoesNotContain(labels.GuessedBodies, guess => guess.Body == body);
    }

    [Fact]
    public void ReadsOpeningAndBody_When_TheTextWritesLigatureCharacters()
    {
        // Copied out of a PDF whose font maps "fi" to its ligature: "Afﬁrms" and "Conﬁrms" hid nothing from a reader.
        var labels = Classifier.Classify(new ClassificationRequest("Reafﬁrms the importance of the Internet Governance Forum as a platform for multi-stakeholder dialogue;"));

        Assert.Contains("IGF", labels.RequestingBodies);
        Assert.Equal(ParagraphKind.Operative, labels.Kind);
    }

    [Theory]
    [InlineData("L'assemblée générale annuelle de l'association s'est tenue samedi à Thiès.")]
    [InlineData("Our general assembly of members approved a plan to open ten community internet centres.")]
    [InlineData("Officials confirmed the farmers' union will elect a new secretary-general in March.")]
    public void FindsNoOrgan_When_ItsNameIsWrittenWithoutCapitalsInATextThatUsesThem(string text)
    {
        Assert.Empty(Classifier.Classify(new ClassificationRequest(text, Kind: ParagraphKind.Paragraph)).RequestingBodies);
    }

    [Theory]
    [InlineData("The General Assembly of the Organization of American States adopted a declaration on digital inclusion in June.", "GA")]
    [InlineData("L'Assemblée générale de l'Organisation internationale de la Francophonie a adopté une stratégie numérique.", "GA")]
    [InlineData("The Economic and Social Council of the African Union held a hearing on digital identity.", "ECOSOC")]
    public void FindsNoBody_When_TheOrganIsAnotherOrganisations(string text, string body)
    {
        Assert.DoesNotContain(body, Classifier.Classify(new ClassificationRequest(text, Kind: ParagraphKind.Paragraph)).RequestingBodies);
    }

    [Theory]
    [InlineData("Recalling the adoption by the General Assembly of the Global Digital Compact,", "GA")]
    [InlineData("The General Assembly of the United Nations, in its resolution, decided to hold the review in 2025.", "GA")]
    [InlineData("L'Assemblée générale des Nations Unies a décidé de tenir l'examen d'ensemble en 2025.", "GA")]
    [InlineData("Rappelant les décisions de la Conférence de plénipotentiaires de l'Union (Bucarest, 2022),", "ITU-PP")]
    [InlineData("La réunion du Forum sur la gouvernance d'Internet de Riyad a porté sur l'intelligence artificielle.", "IGF")]
    public void KeepsTheBody_When_WhatFollowsItsNameIsTheUnitedNationsAnObjectOrAPlace(string text, string body)
    {
        Assert.Contains(body, Classifier.Classify(new ClassificationRequest(text, Kind: ParagraphKind.Paragraph)).RequestingBodies);
    }

    [Theory]
    [InlineData("Recalling its resolution 47/16 on the promotion, protection and enjoyment of human rights on the Internet,")]
    [InlineData("Rappelant sa résolution 51/9 sur la sécurité des journalistes,")]
    public void FindsNoGeneralAssembly_When_AResolutionNumberPredatesTheSummit(string text)
    {
        Assert.DoesNotContain("GA", Classifier.Classify(new ClassificationRequest(text)).RequestingBodies);
    }

    [Fact]
    public void FindsTheOrgan_When_TheWholeTextIsInLowerCase()
    {
        Assert.Contains("GA", Classifier.Classify(new ClassificationRequest("the general assembly decided to extend the mandate of the forum;", Kind: ParagraphKind.Paragraph)).RequestingBodies);
    }

    [Fact]
    public void GivesAdoptingOrgan_When_ParagraphIsOperative()
    {
        var labels = Classifier.Classify(new ClassificationRequest(
            "Exhorte tous les pays à faire des efforts concrets ;", "fr", Kind: ParagraphKind.Operative, DocumentBody: "ECOSOC"));

        Assert.Equal(["ECOSOC"], labels.RequestingBodies);
    }

    [Fact]
    public void OmitsAdoptingOrgan_When_ParagraphIsNarrative()
    {
        var labels = Classifier.Classify(new ClassificationRequest(
            "L'UIT a organisé des conférences sur l'accessibilité.", "fr", Kind: ParagraphKind.Paragraph, DocumentBody: "ECOSOC"));

        Assert.Empty(labels.RequestingBodies);
    }

    [Theory]
    [InlineData("Décide de soumettre le rapport à l'Assemblée générale à sa quatre-vingtième session ;")]
    [InlineData("Requests the Secretary-General to submit, through the Economic and Social Council and the General Assembly, a report;")]
    public void OmitsBody_When_ItOnlyReceivesTheText(string text)
    {
        var labels = Classifier.Classify(new ClassificationRequest(text, Kind: ParagraphKind.Operative, DocumentBody: "CSTD"));

        Assert.Equal(["CSTD"], labels.RequestingBodies);
    }

    [Theory]
    [InlineData("Pursuant to the Economic and Social Council's request, the present report reviews progress in the implementation of the outcomes.", "ECOSOC")]
    [InlineData("In response to the Human Rights Council's call, the Office prepared a report on Internet shutdowns.", "HRC")]
    [InlineData("Conformément au Conseil économique et social, qui l'a demandé, le rapport fait le point des progrès accomplis.", "ECOSOC")]
    public void FindsBody_When_ItsNameFollowsACitingTo(string text, string body)
    {
        Assert.Contains(body, Classifier.Classify(new ClassificationRequest(text, Kind: ParagraphKind.Paragraph)).RequestingBodies);
    }

    [Theory]
    [InlineData("At the request of the Secretary-General, the Office coordinated the follow-up of the roadmap.", "SG")]
    [InlineData("In response to the call of the Secretary-General that everyone be covered by early warnings by 2027, WMO leads the initiative.", "SG")]
    [InlineData("À la demande du Secrétaire général, le Bureau a coordonné le suivi de la feuille de route.", "SG")]
    public void FindsBody_When_ParagraphCitesTheRequestOfSomeoneUsuallyAskedToAct(string text, string body)
    {
        Assert.Contains(body, Classifier.Classify(new ClassificationRequest(text, Kind: ParagraphKind.Paragraph)).RequestingBodies);
    }

    [Theory]
    [InlineData("Requests the Secretary-General to submit a report on the implementation of the present resolution;")]
    [InlineData("Prie le Secrétaire général de lui présenter un rapport sur l'application de la présente résolution ;")]
    [InlineData("Calls on the Secretary-General to continue his roadmap for digital cooperation;")]
    public void OmitsTheAddressee_When_ItIsAskedRatherThanAsking(string text)
    {
        var labels = Classifier.Classify(new ClassificationRequest(text, Kind: ParagraphKind.Operative, DocumentBody: "GA"));

        Assert.Equal(["GA"], labels.RequestingBodies);
    }

    [Theory]
    [InlineData("Recalling its resolution 47/16 of 13 July 2021 on the promotion of human rights on the Internet,", "HRC")]
    [InlineData("Rappelant ses résolutions antérieures sur la question, en particulier celles relatives à la vie privée,", "HRC")]
    [InlineData("Recalling General Assembly resolution 77/211 and its own resolution 54/21 on the right to privacy,", "HRC")]
    public void FindsTheAdoptingOrgan_When_APreambleCitesItsOwnEarlierText(string text, string organ)
    {
        var labels = Classifier.Classify(new ClassificationRequest(text, Kind: ParagraphKind.Preambular, DocumentBody: organ));

        Assert.Contains(organ, labels.RequestingBodies);
    }

    [Theory]
    [InlineData("Noting that, in its Resolution 140 (Rev. Bucharest, 2022), the Plenipotentiary Conference instructed the Secretary-General to report,")]
    [InlineData("considérant que, dans sa Résolution 140 (Rév. Bucarest, 2022), la Conférence de plénipotentiaires a chargé la Secrétaire générale de faire rapport,")]
    public void OmitsTheAdoptingOrgan_When_ThePossessivePointsToTheOrganNamedNext(string text)
    {
        var labels = Classifier.Classify(new ClassificationRequest(text, Kind: ParagraphKind.Preambular, DocumentBody: "ITU-COUNCIL"));

        Assert.Equal(["ITU-PP"], labels.RequestingBodies);
    }

    [Fact]
    public void OmitsABody_When_ItIsOnlyToBeInformed()
    {
        var labels = Classifier.Classify(new ClassificationRequest(
            "The present report was prepared pursuant to Economic and Social Council resolution 2006/46, in which the Council requested the Secretary-General to inform the Commission on Science and Technology for Development annually of progress.",
            Kind: ParagraphKind.Paragraph));

        Assert.Equal(["ECOSOC"], labels.RequestingBodies);
    }

    [Fact]
    public void FindsTheWorkingGroup_When_ItsNameStartsWithTheCouncilsName()
    {
        var labels = Classifier.Classify(new ClassificationRequest(
            "The ITU Council Working Group on WSIS and SDGs, at its fortieth meeting in September 2024, reviewed the contribution of ITU.",
            Kind: ParagraphKind.Paragraph));

        Assert.Equal(["CWG-WSIS"], labels.RequestingBodies);
    }

    [Theory]
    [InlineData("Souligne le rôle de la Commission de la science et de la technique au service du développement dans le suivi du Sommet ;")]
    [InlineData("Stresses the role played by the Commission on Science and Technology for Development in the follow-up to the Summit;")]
    public void OmitsBody_When_ItsRoleIsTheSubject(string text)
    {
        var labels = Classifier.Classify(new ClassificationRequest(text, Kind: ParagraphKind.Operative, DocumentBody: "ECOSOC"));

        Assert.Equal(["ECOSOC"], labels.RequestingBodies);
    }

    [Fact]
    public void OmitsBody_When_ItIsAskedToAct()
    {
        var labels = Classifier.Classify(new ClassificationRequest(
            "Prie la Commission de la science et de la technique au service du développement d'établir un rapport ;",
            "fr", Kind: ParagraphKind.Operative, DocumentBody: "ECOSOC"));

        Assert.Equal(["ECOSOC"], labels.RequestingBodies);
        Assert.Equal(["CSTD"], labels.Addressees);
    }

    [Fact]
    public void IgnoresAbbreviation_When_CaseDiffers()
    {
        Assert.DoesNotContain("IGF", Classifier.Classify(new ClassificationRequest("the igf-like forum met", "en")).RequestingBodies);
    }

    [Theory]
    [InlineData("UNESCO helped twelve countries apply the Recommendation on the Ethics of Artificial Intelligence, adopted by its General Conference in 2021.", "en")]
    [InlineData("L'UNESCO a aidé douze pays à appliquer la Recommandation adoptée par sa Conférence générale en 2021.", "fr")]
    public void FindsTheOrgan_When_TheOrganisationNamesItsGeneralConference(string text, string language)
    {
        Assert.Contains("UNESCO-GC", Classifier.Classify(new ClassificationRequest(text, language)).RequestingBodies);
    }

    [Theory]
    [InlineData("The General Conference of the International Atomic Energy Agency adopted a resolution on nuclear safety.")]
    [InlineData("UNESCO will report on the Recommendation to its General Conference in 2025.")]
    public void OmitsTheOrgan_When_AnotherOrganisationOrTheReceiverIsMeant(string text)
    {
        Assert.DoesNotContain("UNESCO-GC", Classifier.Classify(new ClassificationRequest(text, "en")).RequestingBodies);
    }
}
