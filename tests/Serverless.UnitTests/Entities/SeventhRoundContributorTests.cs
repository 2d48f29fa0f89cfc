using Serverless.Shared.Storage;
using Serverless.UnitTests.Summary;

namespace Serverless.UnitTests.Entities;

/// <summary>
/// Contributors named from their title, letterhead or opening sentence in the ways regional, national and joint
/// contributions write them: a letterhead line the name holds is not its country, a State in brackets is its place
/// and not its abbreviation, a catalogue entity written another way under its abbreviation is that entity, a joint
/// title names all its partners, and a sentence that hands the input over names its sender.
/// </summary>
public class SeventhRoundContributorTests
{
    [Theory]
    [InlineData("ROYAUME DU MAROC\n\nHAUT-COMMISSARIAT AU PLAN\n\nContribution du Haut-Commissariat au Plan au rapport annuel du Secrétaire général sur le SMSI\n\n" +
        "En 2025, le Haut-Commissariat a mesuré l'accès des ménages à Internet auprès de 90 000 ménages.\n", "Haut-Commissariat au Plan – Royaume du Maroc")]
    [InlineData("LIGUE DES ÉTATS ARABES\n\nSecrétariat général\n\nContribution du Secrétariat général de la Ligue des États arabes au rapport annuel du Secrétaire général sur le SMSI\n\n" +
        "En 2025, le Secrétariat général a tenu le Forum arabe de la gouvernance de l'Internet.\n", "Secrétariat général de la Ligue des États arabes")]
    public void TakesNoLetterheadLineTheNameHolds_ForItsCountry(string text, string entity) =>
        Assert.Equal(entity, ReadText(text).Entity);

    [Theory]
    [InlineData("# Contribution de la Commission nationale de l'informatique et des libertés (France)\n\n" +
        "En 2025, la Commission a réalisé 320 contrôles, dont 95 contrôles en ligne.\n", "Commission nationale de l'informatique et des libertés – France")]
    [InlineData("# Contribution of the National Commission for Data Protection (Senegal) to the 2025 WSIS report\n\n" +
        "In 2025, the Commission carried out 120 inspections of online services.\n", "National Commission for Data Protection – Senegal")]
    public void ReadsAStateInBrackets_AsThePlace_NotTheAbbreviation(string text, string entity) =>
        Assert.Equal(entity, ReadText(text, "contribution.md").Entity);

    [Theory]
    [InlineData("UN Environment Programme: input to the Secretary-General's report on WSIS implementation, 2025\n\nUN Environment Programme (UNEP)\nDigital Transformation Subprogramme\nNairobi, Kenya\n\n" +
        "In 2025 the UN Environment Programme expanded its open data platform to 420 environmental indicators.\n", "UNEP")]
    [InlineData("UN Development Programme: input to the 2025 WSIS report\n\n" +
        "In 2025 the UN Development Programme (UNDP) supported 40 countries in building digital public infrastructure.\n", "UNDP")]
    public void TakesAnEntityOfTheCatalogue_WrittenAnotherWayUnderItsAbbreviation(string text, string entity) =>
        Assert.Equal(entity, ReadText(text).Entity);

    [Fact]
    public void NamesEveryPartnerOfAJointSubmission_NotThePartnerTheCatalogueKnows()
    {
        var record = ReadText("Joint submission by the Association for Progressive Communications (APC), Derechos Digitales and the Kenya ICT Action Network (KICTANet) to the 2026 report of the Secretary-General on WSIS\n\n" +
            "In 2025, APC supported 31 community networks in 14 countries.\n");

        Assert.Equal("Association for Progressive Communications (APC), Derechos Digitales and the Kenya ICT Action Network (KICTANet)", record.Entity);
    }

    [Fact]
    public void GivesTheFurtherPartnerOfAFrenchJointTitle_ItsOwnArticle_ThoughNeitherHasAnAbbreviation()
    {
        var record = ReadText("# Contribution conjointe de la Commission de l'océan Indien et de Smart Africa au rapport du Secrétaire général sur le SMSI (2025)\n\n" +
            "En 2025, les deux organisations ont formé 120 jeunes entrepreneurs à la création de services numériques.\n", "contribution.md");

        Assert.Equal("Commission de l'océan Indien et Smart Africa", record.Entity);
    }

    [Theory]
    [InlineData("Medellín: a city of innovation — Input to the 2026 report of the Secretary-General on WSIS\n\nCalle 44 N.º 52-165, Medellín, Colombia\n\n" +
        "The Mayor's Office of Medellín (Alcaldía de Medellín), through its Secretariat of Digital Innovation, submits this input on the city's work in 2025 on the information society.\n\n" +
        "In 2025 the city installed free public Wi-Fi in 210 new zones.\n", "Mayor's Office of Medellín (Alcaldía de Medellín)")]
    [InlineData("Ségou, ville connectée — Contribution 2025\n\n" +
        "La Mairie de Ségou, par sa Direction du numérique, soumet la présente contribution sur les activités de la ville en 2025.\n\n" +
        "En 2025, la ville a installé le Wi-Fi public gratuit dans 40 quartiers.\n", "Mairie de Ségou")]
    public void TakesTheSenderOfASentenceThatHandsTheInputOver(string text, string entity) =>
        Assert.Equal(entity, ReadText(text).Entity);

    private static DocumentEntity ReadText(string text, string fileName = "contribution.txt") =>
        ClassifiedDocuments.RecordOfText(fileName, text);
}
