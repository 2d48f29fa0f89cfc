using Serverless.Shared.Storage;
using Serverless.UnitTests.Summary;

namespace Serverless.UnitTests.Entities;

/// <summary>
/// Contributors whose names hold another's: an entity's office or chapter in a country ("UNDP Bangladesh", "ISOC
/// Bénin"), a contributor of its own that the catalogue's entity is not; a secretariat writing on behalf of the body
/// it serves; an abbreviation with a figure in it.
/// </summary>
public class OfficeAndShortNameContributorTests
{
    [Theory]
    [InlineData("undp-bangladesh.txt", "United Nations Development Programme\nBangladesh Country Office\nIDB Bhaban, Agargaon, Dhaka\n\n" +
        "UNDP Bangladesh: input to the 2025 report of the Secretary-General on WSIS implementation\n\n" +
        "This note was prepared by the Bangladesh Country Office of the United Nations Development Programme.\n\n" +
        "In 2025, the country office supported the Government in moving 142 public services onto the national digital service platform.\n",
        "UNDP Bangladesh")]
    [InlineData("isoc-benin.md", "# ISOC Bénin – Chapitre béninois de l'Internet Society\n\n## Contribution au rapport 2025 sur le SMSI\n\nCotonou, janvier 2026\n\n" +
        "Le chapitre béninois de l'Internet Society (ISOC Bénin) est une association à but non lucratif qui rassemble 640 membres.\n\n" +
        "En 2025, ISOC Bénin a déployé deux réseaux communautaires sans fil qui desservent 11 villages.\n\nLe Bureau exécutif d'ISOC Bénin\n",
        "ISOC Bénin")]
    [InlineData("unesco-mali.md", "# UNESCO Mali : contribution au rapport 2025 sur le SMSI\n\n" +
        "En 2025, le bureau a appuyé la numérisation de 12 000 manuscrits de Tombouctou avec la Bibliothèque nationale.\n",
        "UNESCO Mali")]
    public void NamesAnEntitysOfficeInACountry_AsWritten_NotTheEntity(string fileName, string text, string entity) =>
        Assert.Equal(entity, Read(fileName, text).Entity);

    [Theory]
    [InlineData("jtc1.md", "# ISO/IEC JTC 1 — Information technology\n\n**Input of ISO/IEC Joint Technical Committee 1 to the 2025 WSIS progress report**\n\n" +
        "*Submitted by the JTC 1 Secretariat, hosted by the American National Standards Institute (ANSI), on behalf of the committee*\n\n" +
        "In 2025, Subcommittee 42 published two standards on the impact assessment and the audit of AI systems.\n",
        "ISO/IEC Joint Technical Committee 1")]
    [InlineData("reseau.md", "# RÉSEAU FRANCOPHONE\n\n**Contribution du Réseau francophone des archives numériques au rapport 2025 sur le SMSI**\n\n" +
        "*Présentée par le Secrétariat exécutif, hébergé par les Archives nationales du Québec, au nom du comité de coordination*\n\n" +
        "En 2025, le réseau a formé 128 archivistes de 22 pays à la conservation numérique.\n",
        "Réseau francophone des archives numériques")]
    public void NamesTheBodyATitleNames_NotTheSecretariatSubmittingOnItsBehalf(string fileName, string text, string entity) =>
        Assert.Equal(entity, Read(fileName, text).Entity);

    [Fact]
    public void NamesAnOrganisationWhoseAbbreviationHasAFigure_ForASmallWord()
    {
        var entity = Read("input.md", "# Alliance for Affordable Internet (A4AI)\n\n## Contribution to the 2025 WSIS progress report\n\nWashington, D.C., January 2026\n\n" +
            "The Alliance for Affordable Internet (A4AI) is a global coalition working to lower the cost of Internet access.\n\n" +
            "In 2025, A4AI published its Affordability Report, covering 103 countries.\n").Entity;

        Assert.Equal("Alliance for Affordable Internet (A4AI)", entity);
    }

    private static DocumentEntity Read(string fileName, string text) =>
        ClassifiedDocuments.RecordOfText(fileName, text);
}
