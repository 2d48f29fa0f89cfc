using Serverless.Shared.Storage;
using Serverless.UnitTests.Summary;

namespace Serverless.UnitTests.Entities;

/// <summary>
/// Contributors named around the words a letter, a form or a web page puts about them: a subject line's label ("RE:")
/// that is no name, an adjective between the name and "input", a Nordic company's legal form, a reply to the
/// questionnaire that says whose replies it holds, a French e-mail's header run into one paragraph, and a web page
/// whose only name is its copyright line.
/// </summary>
public class LabelsFormsAndFootersContributorTests
{
    [Fact]
    public void NamesNoContributor_FromASubjectLinesLabel()
    {
        var record = ReadText("contribution.txt", "NATIONAL POSTAL AND TELECOMMUNICATIONS BOARD\nP.O. Box 220, Mbabane, Eswatini\n\n12 January 2026\n\n" +
            "The Secretary\nCommission on Science and Technology for Development\nPalais des Nations, Geneva\n\nDear Sir,\n\n" +
            "RE: INPUT TO THE ANNUAL REPORT OF THE SECRETARY-GENERAL ON WSIS\n\n" +
            "The National Postal and Telecommunications Board (NPTB) is pleased to share its input for 2025.\n\n" +
            "In 2025 the Board connected 42 post offices to the national backbone.\n\nYours faithfully,\n");

        Assert.Equal("National Postal and Telecommunications Board (NPTB)", record.Entity);
    }

    [Theory]
    [InlineData("# KAREN annual input to the WSIS progress report – 2025\n\nThe Kenya Academic Research and Education Network (KAREN) links universities.\n\nIn 2025, KAREN connected 31 new campuses.\n",
        "Kenya Academic Research and Education Network (KAREN)")]
    [InlineData("# Andean Library Network yearly contribution to the WSIS report\n\nIn 2025, the network digitised 12,000 manuscripts.\n",
        "Andean Library Network")]
    public void NamesTheContributor_NotItsNameAndAnAdjective_When_TheTitleSaysAnnualInput(string text, string entity) =>
        Assert.Equal(entity, ReadText("input.md", text).Entity);

    [Theory]
    [InlineData("Fjordlink Networks AS\nStrandgata 4, 5013 Bergen, Norway\n\nWSIS input 2025\n\nIn 2025 the company connected 18 fish farms on the coast of Vestland by radio.\n",
        "Fjordlink Networks AS")]
    [InlineData("Nordlys Kabel A/S\nHavnegade 9, 1058 Copenhagen, Denmark\n\nWSIS input 2025\n\nIn 2025 the company laid 140 km of fibre on Bornholm.\n",
        "Nordlys Kabel A/S")]
    [InlineData("Kiruna Data AB\nStorgatan 3, Kiruna, Sweden\n\nWSIS input 2025\n\nIn 2025 the company opened a data centre cooled by outside air.\n",
        "Kiruna Data AB")]
    public void NamesACompany_ByItsNordicLegalForm(string text, string entity) =>
        Assert.Equal(entity, ReadText("wsis.txt", text).Entity);

    [Theory]
    [InlineData("# Questionnaire SMSI 2025 – Réponses de l'Office national du numérique (ONN)\n\n**Q1 – Activités menées en 2025 ?**\n\nRéponse : En 2025, l'ONN a formé 300 agents publics.\n",
        "Office national du numérique (ONN)")]
    [InlineData("# WSIS questionnaire 2025 – Replies of the National ICT Council (NICT)\n\n**Q1. Main activities in 2025?**\n\nIn 2025, the Council trained 300 civil servants.\n",
        "National ICT Council (NICT)")]
    public void NamesTheContributor_WhoseRepliesTheTitleSaysItHolds(string text, string entity) =>
        Assert.Equal(entity, ReadText("questionnaire.md", text).Entity);

    [Theory]
    [InlineData("reply.md", "# WSIS 2025 questionnaire – reply\n\nReceived on 14 January 2026\n\nReplies are given below each question.\n\n**Q1. Name of your organization**\n\nNational Broadband Office (NBO), Guyana\n\n**Q2. Please describe your main activities in 2025.**\n\nIn 2025, the Office connected 64 hinterland schools.\n",
        "National Broadband Office (NBO) – Guyana")]
    [InlineData("questionnaire.md", "# Questionnaire SMSI 2025\n\nReçu le 14 janvier 2026\n\nLes réponses figurent sous chaque question.\n\n**Q1. Nom de votre organisation**\n\nAgence malgache du numérique (AMN), Madagascar\n\n**2. Principales activités en 2025**\n\nEn 2025, l'Agence a raccordé 38 communes au réseau national.\n",
        "Agence malgache du numérique (AMN)")]
    public void NamesTheContributor_AQuestionnairesAnswerToTheNameQuestionGives(string fileName, string text, string entity) =>
        Assert.Equal(entity, ReadText(fileName, text).Entity);

    [Theory]
    [InlineData("# Questionnaire SMSI 2025 – Réponses de l'Office national du numérique (ONN), République du Niger\n\n" +
        "**Q1 – Activités menées en 2025 ?**\n\nRéponse : En 2025, l'ONN a formé 300 agents publics.\n", "Office national du numérique (ONN) – République du Niger")]
    [InlineData("# WSIS 2025 questionnaire – reply\n\nReceived on 14 January 2026\n\nReplies are given below each question.\n\n**Q1. Name of your organization**\n\n" +
        "Secretaría Nacional de Gobierno Digital (SNGD), Republic of Panama\n\n**Q2. Main activities in 2025**\n\nIn 2025, SNGD put 90 procedures online.\n", "Secretaría Nacional de Gobierno Digital (SNGD) – Republic of Panama")]
    public void WritesTheStateAfterACommaInAName_AsTheBodysPlace(string text, string entity) =>
        Assert.Equal(entity, ReadText("questionnaire.md", text).Entity);

    [Fact]
    public void ReadsAFrenchEmailsSubject_When_ItsHeaderIsOneParagraph()
    {
        var record = ReadText("courriel.md", "De : Secrétariat <secretariat@rlsa.org>\nÀ : wsis@unctad.org\nObjet : Contribution du Réseau des libraires du Sahel au rapport SMSI 2025\n\nMadame, Monsieur,\n\n" +
            "En 2025, le réseau a ouvert 14 points de vente de livres numériques.\n\nCordialement,\n");

        Assert.Equal("Réseau des libraires du Sahel", record.Entity);
    }

    [Theory]
    [InlineData("<html lang=\"en\"><body><h1>Input to the 2025 WSIS progress report</h1><p>In 2025, 40 new open datasets were published on the platform.</p>" +
        "<footer><p>© 2025 Open Data Collective. All rights reserved. Privacy | Contact</p></footer></body></html>", "Open Data Collective")]
    [InlineData("<html lang=\"fr\"><body><h1>Contribution au rapport SMSI 2025</h1><p>En 2025, 40 nouveaux jeux de données ouverts ont été publiés sur la plateforme.</p>" +
        "<footer><p>Copyright 2024-2025 Collectif des données ouvertes – Tous droits réservés</p></footer></body></html>", "Collectif des données ouvertes")]
    public void NamesTheOwnerOfAWebPagesCopyrightLine_When_NothingElseNamesTheContributor(string html, string entity) =>
        Assert.Equal(entity, ReadText("input.html", html).Entity);

    private static DocumentEntity ReadText(string fileName, string text) =>
        ClassifiedDocuments.RecordOfText(fileName, text);
}
