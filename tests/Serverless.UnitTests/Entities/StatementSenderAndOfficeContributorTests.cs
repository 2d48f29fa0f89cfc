using Serverless.Shared.Storage;
using Serverless.UnitTests.Summary;

namespace Serverless.UnitTests.Entities;

/// <summary>
/// Contributors named by the kind of document they send rather than by a title of contribution: a statement read at a
/// meeting, a submission addressed to the Commission, an e-mail's sender, a press release's "About" heading, an office
/// of a known entity away from its seat, and a name in capitals holding a State's name.
/// </summary>
public class StatementSenderAndOfficeContributorTests
{
    [Theory]
    [InlineData("STATEMENT BY THE DELEGATION OF THE REPUBLIC OF MALAWI\n\nTwenty-eighth session of the Commission on Science and Technology for Development\n\nGeneva, 7 April 2025\n\n" +
        "Mr. Chair, distinguished delegates,\n\nIn 2025, the Government of Malawi connected 420 government offices to the national backbone.\n", "Malawi")]
    [InlineData("Statement by the Permanent Representative of Kenya at the twenty-eighth session of the CSTD\n\nMr. Chair,\n\nIn 2025, Kenya connected 900 schools.\n", "Kenya")]
    [InlineData("DÉCLARATION DE LA DÉLÉGATION DE LA TUNISIE\n\nVingt-huitième session de la Commission de la science et de la technique au service du développement\n\n" +
        "Monsieur le Président,\n\nEn 2025, 640 écoles primaires ont été raccordées au réseau à haut débit.\n", "Tunisia")]
    [InlineData("Intervention de la délégation du Sénégal lors de la vingt-huitième session\n\nMonsieur le Président,\n\nEn 2025, le Sénégal a raccordé 300 lycées.\n", "Sénégal")]
    public void NamesTheStateOfADelegationsStatement_NotTheCommissionItIsReadAt(string text, string entity) =>
        Assert.Equal(entity, ReadText(text).Entity);

    [Fact]
    public void NamesTheBodyUnderTheLetterhead_OfASubmissionAddressedToTheCommission()
    {
        var record = ReadText("REPUBLIC OF KENYA\n\nCOMPETITION AUTHORITY OF KENYA\n\n" +
            "Submission to the United Nations Commission on Science and Technology for Development: WSIS progress in 2025\n\n" +
            "In 2025, the Competition Authority of Kenya (CAK) concluded its market inquiry into digital credit.\n");

        Assert.Equal("Competition Authority of Kenya (CAK)", record.Entity);
    }

    [Theory]
    [InlineData("From: Digital Rights Lanka <info@digitalrightslanka.example.lk>\nTo: CSTD Secretariat <cstd@un.example.org>\nSubject: WSIS 2025 progress report - input\n\n" +
        "Dear colleagues,\n\nIn 2025 we ran 46 digital security clinics for journalists.\n\nBest regards,\n\nNadeesha Perera\n", "Digital Rights Lanka")]
    [InlineData("De : Réseau des Radios Rurales <contact@rrr.example.org>\nÀ : Secrétariat de la CSTD <cstd@un.example.org>\nObjet : SMSI 2025\n\n" +
        "Bonjour,\n\nEn 2025, nous avons formé 120 animateurs radio.\n", "Réseau des Radios Rurales")]
    public void NamesTheSenderOfAnEmail_WhoseMailboxsDomainSpellsTheName_NotItsAddressee(string text, string entity) =>
        Assert.Equal(entity, ReadText(text).Entity);

    [Fact]
    public void NamesNoPersonWritingFromAMailboxOfTheirOwn()
    {
        var record = ReadText("From: Nadeesha Perera <nperera@example.lk>\nTo: CSTD Secretariat <cstd@un.example.org>\nSubject: input\n\n" +
            "Dear colleagues,\n\nIn 2025 we ran 46 digital security clinics for journalists.\n");

        Assert.NotEqual("Nadeesha Perera", record.Entity);
        Assert.NotEqual("CSTD", record.Entity);
    }

    [Theory]
    [InlineData("COMMUNIQUÉ DE PRESSE\n\nAbidjan, le 15 décembre 2025 – L'Association des opérateurs de téléphonie mobile de Côte d'Ivoire (AOTM-CI) dresse le bilan de l'année 2025.\n\n" +
        "En 2025, les opérateurs membres ont mis en service 610 nouveaux sites 4G.\n\nÀ propos de l'AOTM-CI\n\nL'Association regroupe les opérateurs de réseaux mobiles.\n",
        "Association des opérateurs de téléphonie mobile de Côte d'Ivoire (AOTM-CI)")]
    [InlineData("PRESS RELEASE\n\nSuva, 3 December 2025 – Accessible websites are on the rise in the Pacific.\n\nIn 2025, 22 government websites were fixed.\n\n" +
        "About the Pacific Disability Forum\n\nThe Forum is the regional umbrella of organisations of persons with disabilities.\n", "Pacific Disability Forum")]
    public void NamesThePressReleasesIssuer_FromItsAboutHeading(string text, string entity) =>
        Assert.Equal(entity, ReadText(text).Entity);

    [Theory]
    [InlineData("Contribution of the ITU Regional Office for Africa to the 2025 WSIS progress report\n\nIn 2025, the Regional Office supported 11 countries.\n", "ITU Regional Office for Africa")]
    [InlineData("Contribution du Bureau régional multisectoriel de l'UNESCO à Dakar au rapport 2025 du SMSI\n\nEn 2025, le Bureau a formé 620 enseignants.\n", "Bureau régional multisectoriel de l'UNESCO à Dakar")]
    public void NamesAKnownEntitysOfficeAwayFromItsSeat_AsAContributorOfItsOwn(string text, string entity) =>
        Assert.Equal(entity, ReadText(text).Entity);

    [Fact]
    public void NamesTheCountryOfficeOnTheFirstLine_OverTheEntityTheFileNameGives()
    {
        var record = ClassifiedDocuments.RecordOfText("undp-input.txt",
            "UNDP Nepal\n\nInput to the 2025 WSIS progress report\n\nIn 2025, UNDP Nepal helped roll out the Nagarik App to 77 district offices.\n");

        Assert.Equal("UNDP Nepal", record.Entity);
    }

    [Fact]
    public void NamesAMissionThatPresentsItself_UnderItsGovernmentsLine()
    {
        var record = ReadText("# Government of Kerala – Kerala State IT Mission\n\n## Input to the WSIS 2025 progress report\n\n" +
            "The Kerala State IT Mission (KSITM) is the nodal agency of the Government of Kerala for e-governance.\n\nIn 2025, the Mission connected 2,400 government offices.\n");

        Assert.Equal("Kerala State IT Mission (KSITM)", record.Entity);
    }

    [Fact]
    public void KeepsTheCapitalOfAStatesName_InANamePrintedInCapitals()
    {
        var record = ReadText("RÉSEAU DES FEMMES ENTREPRENEURES DU NUMÉRIQUE DU MALI\n\nContribution au rapport 2025 sur le SMSI\n\n" +
            "En 2025, le Réseau a accompagné 52 jeunes entreprises dirigées par des femmes.\n");

        Assert.Equal("Réseau des femmes entrepreneures du numérique du Mali", record.Entity);
    }

    private static DocumentEntity ReadText(string text) =>
        ClassifiedDocuments.RecordOfText("contribution.txt", text);
}
