using Serverless.Shared.Storage;
using Serverless.UnitTests.Summary;

namespace Serverless.UnitTests.Entities;

/// <summary>
/// Names a letterhead prints in capitals, written as their text writes them: an acronym that is also a word ("ELLES",
/// "HOPE") and a name the text's sentences use in capitals stay so; the words a language capitalises inside a name
/// (a continent, "États") keep their capital; a bracket the text writes in upper and lower case takes its case.
/// </summary>
public class NamesInCapitalsContributorTests
{
    [Theory]
    [InlineData("# ELLES – Réseau des étudiantes en informatique\n\n## Contribution au rapport SMSI 2025\n\n" +
        "ELLES est une association d'étudiantes.\n\nEn 2025, ELLES a accordé 60 bourses. Elles ont été 200 à suivre nos ateliers.\n", "ELLES")]
    [InlineData("# HOPE – Helping Others Practise Electronics\n\n## Input to the WSIS 2025 report\n\n" +
        "HOPE is a charity based in Accra.\n\nIn 2025, HOPE repaired 900 laptops for schools. Hope is what these schools lacked.\n", "HOPE")]
    [InlineData("# LINK NEPAL\n\nKathmandu\n\n## Input to the WSIS 2025 report\n\nLINK NEPAL is a network of rural libraries.\n\nIn 2025, LINK NEPAL trained 400 teachers in Karnali province.\n", "LINK NEPAL")]
    public void KeepsANameInCapitals_When_TheTextsSentencesWriteItSo(string text, string entity) =>
        Assert.Equal(entity, ReadText("input.md", text).Entity);

    [Fact]
    public void KeepsTheCapitalsOfAContinentAndOfStates_When_ALetterheadInCapitalsIsRecased()
    {
        var record = ReadText("note.txt", "OBSERVATOIRE DES ÉTATS DE L'AFRIQUE CENTRALE\nLibreville\n\nNote d'activités 2025\n\n" +
            "En 2025, l'Observatoire a publié 14 études sur l'accès à Internet.\n");

        Assert.Equal("Observatoire des États de l'Afrique centrale", record.Entity);
    }

    [Fact]
    public void WritesABracketInCapitals_AsTheTextWritesIt()
    {
        var record = ReadText("rapport.txt", "OFFICE NATIONAL DES POSTES DU NIGER (NIGER POSTE SA)\nNiamey\n\nRapport d'activités numériques 2025\n\n" +
            "En 2025, Niger Poste SA a ouvert huit bureaux de poste numériques.\n");

        Assert.Equal("Office national des postes du Niger (Niger Poste SA)", record.Entity);
    }

    private static DocumentEntity ReadText(string fileName, string text) =>
        ClassifiedDocuments.RecordOfText(fileName, text);
}
