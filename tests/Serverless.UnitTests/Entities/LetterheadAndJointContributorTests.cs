using Serverless.Shared.Storage;
using Serverless.UnitTests.Summary;

namespace Serverless.UnitTests.Entities;

/// <summary>
/// Contributors the catalogue does not know, named from the lines that open and close their letters: a company whose
/// legal form is another country's, a court, a unit under its organisation's letterhead, a partnership under a joint
/// title, a title below a letterhead of four lines, a letter whose writers present the contribution by its name, a
/// French joint title's partners; and the States a contribution's last sentences name, which are not its own.
/// </summary>
public class LetterheadAndJointContributorTests
{
    private const string Work = "In 2025 the programme trained 300 librarians to run reading rooms with shared computers.";

    [Theory]
    [InlineData("Nordlicht Netze GmbH\n\nAm Sandtorkai 41 · 20457 Hamburg\n\nInput to the 2025 WSIS report\n\n", "Nordlicht Netze GmbH")]
    [InlineData("Sistemi Satellitari Adriatici S.p.A.\n\nVia della Tecnica 18, 70132 Bari\n\nInput to the 2025 WSIS report\n\n", "Sistemi Satellitari Adriatici S.p.A.")]
    [InlineData("Sakura Mobile Networks K.K.\n\n2-7-1 Otemachi, Tokyo\n\nInput to the 2025 WSIS report\n\n", "Sakura Mobile Networks K.K.")]
    public void TakesACompanysLetterhead_When_ItsNameEndsOnAnotherCountrysLegalForm(string head, string entity)
    {
        var record = ReadText(head + Work + "\n");

        Assert.Equal(entity, record.Entity);
        Assert.StartsWith("letterhead: ", record.EntityEvidence);
    }

    [Theory]
    [InlineData("THE JUDICIARY OF KENYA\n\nOffice of the Chief Registrar\n\nInput to the 2025 report: digitisation of court services\n\nIn 2025 the Judiciary extended electronic filing to all its courts.\n", "Judiciary of Kenya")]
    [InlineData("COUR SUPRÊME DU SÉNÉGAL\n\nGreffe central\n\nNote sur la dématérialisation des procédures\n\nEn 2025, la Cour suprême du Sénégal a publié 4 000 arrêts en ligne.\n", "Cour suprême du Sénégal")]
    public void TakesACourtsLetterhead_WithoutTheArticleItPrints(string text, string entity) =>
        Assert.Equal(entity, ReadText(text).Entity);

    [Theory]
    [InlineData("NATIONS UNIES\n\nBureau de la coordination des affaires humanitaires\n\nNote sur les activités de 2025\n\nEn 2025, le Bureau a formé 520 membres du personnel humanitaire.\n", "Bureau de la coordination des affaires humanitaires")]
    [InlineData("UNITED NATIONS\n\nOffice for Disaster Risk Reduction\n\nNote on the activities of 2025\n\nIn 2025 the Office trained 520 civil protection officers.\n", "Office for Disaster Risk Reduction")]
    [InlineData("NATIONS UNIES – MADAGASCAR\n\nBureau de la Coordonnatrice résidente\n\nNote sur les activités de 2025\n\nEn 2025, le Bureau a appuyé l'élaboration de la feuille de route nationale pour l'identité numérique.\n", "Bureau de la Coordonnatrice résidente – Madagascar")]
    public void NamesAUnitUnderItsOrganisationsLetterhead_WithoutTakingTheOrganisationForItsState(string text, string entity) =>
        Assert.Equal(entity, ReadText(text).Entity);

    [Fact]
    public void AddsTheAbbreviationTheTextWritesAfterTheName_ThoughItsLettersAreAnotherLanguagesInitials()
    {
        var record = ReadText("NATIONS UNIES\nBureau de la coordination des affaires humanitaires\n\n" +
            "Note sur les activités du Bureau de la coordination des affaires humanitaires (OCHA) en 2025\n\nEn 2025, le Bureau a formé 520 membres du personnel humanitaire.\n");

        Assert.Equal("Bureau de la coordination des affaires humanitaires (OCHA)", record.Entity);
    }

    [Fact]
    public void TakesThePartnershipUnderAJointTitle_NotThePartnerItsLineOfPartnersNames()
    {
        var record = ReadText("Joint input to the Secretary-General's report on WSIS implementation 2025\n\nPacific Digital Skills Partnership\n\n" +
            "Partners: the Pacific Islands Forum Secretariat, the University of the South Pacific and the Internet Society.\n\n" +
            "In 2025 the Partnership trained 27,600 people in 11 Pacific island countries.\n");

        Assert.Equal("Pacific Digital Skills Partnership", record.Entity);
    }

    [Fact]
    public void ReadsAPlainTextTitle_BelowALetterheadOfFourLines()
    {
        var record = ReadText("UNION AFRICAINE\nCOMMISSION DE L'UNION AFRICAINE\nDépartement des infrastructures et de l'énergie\nAddis-Abeba, Éthiopie\n\n" +
            "Contribution de la Commission de l'Union africaine au rapport annuel du Secrétaire général – année 2025\n\n" +
            "En 2025, la Commission a formé 1 600 responsables des régulateurs de 48 pays.\n");

        Assert.Equal("Commission de l'Union africaine", record.Entity);
    }

    [Theory]
    [InlineData("INTERNATIONAL ORGANIZATION FOR MIGRATION 17 route des Morillons, CH-1211 Geneva 19\n\nGeneva, 12 February 2026\n\nTo: Secretariat of the CSTD\n\nSubject: input to the WSIS report\n\nDear colleagues,\n\n" +
        "We are pleased to share below the contribution of the International Organization for Migration to the annual report on WSIS implementation.\n\n" + Work + "\n", "International Organization for Migration")]
    [InlineData("Genève, le 12 février 2026\n\nObjet : rapport annuel\n\nMadame, Monsieur,\n\n" +
        "Nous avons l'honneur de vous transmettre ci-joint la contribution de l'Office national des postes et du numérique au rapport annuel 2025.\n\nEn 2025, l'Office a ouvert 42 points d'accès publics.\n", "Office national des postes et du numérique")]
    public void TakesTheNameTheLettersWritersGiveTheContribution(string text, string entity) =>
        Assert.Equal(entity, ReadText(text).Entity);

    [Fact]
    public void GivesEachPartnerOfAFrenchJointTitle_TheArticleItTakesAlone()
    {
        var record = ReadText("Contribution conjointe d'Internet Sans Frontières (ISF), de l'Association des femmes juristes du numérique (AFJN) et du Réseau des radios communautaires du Sahel (RRCS) au rapport annuel 2025\n\n" +
            "En 2025, nous avons formé 740 animateurs de radios communautaires.\n");

        Assert.Equal("Internet Sans Frontières (ISF), l'Association des femmes juristes du numérique (AFJN) et le Réseau des radios communautaires du Sahel (RRCS)", record.Entity);
    }

    [Theory]
    [InlineData("- Mwanza (United Republic of Tanzania) launched an online building-permit system that cut the time to obtain a permit from 90 to 21 days.")]
    [InlineData("3. Policy support. The Network supported 14 countries, including the Plurinational State of Bolivia, in drafting e-commerce strategies.")]
    public void AddsNoState_ThatASentenceAmongTheLastParagraphsNames(string last)
    {
        var record = ReadText("Global Network of Secondary Cities (GNSC) – input to the WSIS report\n\n" +
            "The Global Network of Secondary Cities (GNSC) brings together 74 intermediate cities.\n\n" + Work + "\n\n" + last + "\n");

        Assert.Equal("Global Network of Secondary Cities (GNSC)", record.Entity);
    }

    private static DocumentEntity ReadText(string text, string fileName = "contribution.txt") =>
        ClassifiedDocuments.RecordOfText(fileName, text);
}
