using Serverless.Shared.Storage;
using Serverless.UnitTests.Summary;

namespace Serverless.UnitTests.Entities;

/// <summary>
/// Contributors named in a questionnaire's fields, by a letterhead whose noun is a pact or a movement, by a unit printed
/// over the organisation it belongs to, and by a letterhead in capitals printed without the accents its text writes.
/// </summary>
public class FormAndUnitContributorTests
{
    [Theory]
    [InlineData("QUESTIONNAIRE FOR THE ANNUAL REPORT OF THE SECRETARY-GENERAL ON WSIS IMPLEMENTATION\n\n" +
        "Responding entity: Ministry of Economy and Sustainable Development of Georgia\nDepartment: Digital Economy Department\nContact person: Nino Beridze, Head of Division\nDate: 15 January 2026\n\n" +
        "Question 1. Please describe the main activities your organisation carried out in 2025.\n\n" +
        "Answer: In 2025 the Ministry completed the second phase of the Log-in Georgia broadband programme in 520 villages.\n",
        "Ministry of Economy and Sustainable Development of Georgia")]
    [InlineData("QUESTIONNAIRE POUR LE RAPPORT ANNUEL DU SECRÉTAIRE GÉNÉRAL SUR LE SMSI\n\n" +
        "Entité répondante : Agence nationale des fréquences du Togo\nPoint focal : M. Koffi Agbeko, chef de division\nDate : 12 janvier 2026\n\n" +
        "Question 1. Décrivez les principales activités menées en 2025.\n\n" +
        "Réponse : En 2025, l'Agence a contrôlé 1 400 stations radioélectriques dans les cinq régions.\n",
        "Agence nationale des fréquences du Togo")]
    public void ReadsTheRespondingEntity_OfAQuestionnairesFieldsRunIntoOneParagraph(string text, string entity) =>
        Assert.Equal(entity, ReadText(text).Entity);

    [Theory]
    [InlineData("Asia Indigenous Peoples Pact (AIPP)\n108 Moo 5, Tambon Sanpranate, Chiang Mai 50210, Thailand\n\nSubmission to the Annual Report of the Secretary-General on WSIS Implementation\n\n" +
        "In 2025, AIPP trained 180 indigenous community journalists in digital storytelling.\n", "Asia Indigenous Peoples Pact (AIPP)")]
    [InlineData("Mouvement international des jeunes pour le numérique (MIJN)\nRue de Lausanne 12, Genève\n\nNote au rapport annuel du Secrétaire général sur le SMSI\n\n" +
        "En 2025, le MIJN a formé 600 jeunes animateurs à la sécurité en ligne.\n", "Mouvement international des jeunes pour le numérique (MIJN)")]
    public void NamesAPactOrAMovement_FromItsLetterhead(string text, string entity) =>
        Assert.Equal(entity, ReadText(text).Entity);

    [Theory]
    [InlineData("Department of Information Systems\nUniversity of Cape Town\nPrivate Bag X3, Rondebosch 7701, South Africa\n\nContribution to the Annual Report of the Secretary-General on the Implementation of WSIS Outcomes\n\n" +
        "The Department of Information Systems at the University of Cape Town carries out research and teaching on information systems.\n\n" +
        "In 2025, the Department completed a study of informal traders' use of mobile money, based on interviews with 1,450 traders.\n",
        "Department of Information Systems at the University of Cape Town")]
    [InlineData("Centre de recherche sur le numérique\nUniversité de Lomé\nBP 1515, Lomé, Togo\n\nNote sur les activités de 2025\n\n" +
        "Le Centre de recherche sur le numérique de l'Université de Lomé mène des recherches sur les usages du numérique.\n\n" +
        "En 2025, le Centre a formé 120 doctorants à l'analyse de données.\n",
        "Centre de recherche sur le numérique de l'Université de Lomé")]
    public void NamesAUnit_WithTheOrganisationItsLetterheadPrintsUnderIt_AsItsTextWritesThem(string text, string entity) =>
        Assert.Equal(entity, ReadText(text).Entity);

    [Fact]
    public void WritesALetterheadInCapitalsWithoutAccents_AsItsTextWritesIt()
    {
        var record = ReadText("AGENCE DE REGULATION DES TELECOMMUNICATIONS (ART)\nYaoundé\n\nNote sur les activités de 2025\n\n" +
            "En 2025, l'Agence de Régulation des Télécommunications (ART) a financé la construction de 180 sites mobiles dans les régions de l'Est.\n");

        Assert.Equal("Agence de Régulation des Télécommunications (ART)", record.Entity);
    }

    private static DocumentEntity ReadText(string text, string fileName = "contribution.txt") =>
        ClassifiedDocuments.RecordOfText(fileName, text);
}
