using Serverless.Shared.Storage;
using Serverless.UnitTests.Summary;

namespace Serverless.UnitTests.Entities;

/// <summary>
/// Contributors named by the way a letter, an e-mail or a note verbale hands its contribution over: the sentence that
/// presents it after a reference to the request, a subject line read after that sentence, and a permanent mission
/// that speaks for its State under its formal name.
/// </summary>
public class LetterAndEmailContributorTests
{
    [Theory]
    [InlineData("From: Sione Fifita <sfifita@tcc.gov.to>\nSent: Tuesday, 13 January 2026 09:42\nTo: CSTD Secretariat <cstd@unctad.org>\nSubject: Tonga input - WSIS implementation 2025\n\nDear CSTD Secretariat,\n\n" +
        "Further to your letter of 3 November 2025, please find below the input of the Tonga Communications Commission to the annual report of the Secretary-General.\n\n" +
        "In 2025, the Commission licensed two satellite operators as back-up carriers for emergency services.\n\nBest regards,\n\nSione Fifita\nDirector, Policy and Regulation\nTonga Communications Commission\nNuku'alofa, Kingdom of Tonga\n",
        "Tonga Communications Commission")]
    [InlineData("De : Mahamat Hissein <m.hissein@arcep.td>\nEnvoyé : jeudi 15 janvier 2026 11:05\nÀ : Secrétariat de la CSTD <cstd@unctad.org>\nObjet : Contribution du Tchad - SMSI 2025\n\nMadame, Monsieur,\n\n" +
        "Suite à votre correspondance du 3 novembre 2025, j'ai l'honneur de vous transmettre ci-dessous la contribution de l'Autorité de régulation des communications électroniques et des postes (ARCEP) du Tchad au rapport annuel du Secrétaire général.\n\n" +
        "En 2025, l'ARCEP a attribué les premières licences 4G couvrant l'ensemble du territoire.\n",
        "Autorité de régulation des communications électroniques et des postes (ARCEP) du Tchad")]
    [InlineData("Objet : Contribution du Vanuatu au rapport SMSI 2025\n\nBonjour,\n\n" +
        "Veuillez trouver ci-dessous la contribution du Bureau du Régulateur des télécommunications, de la radiocommunication et de la radiodiffusion de la République de Vanuatu (TRBR) pour l'année 2025.\n\n" +
        "En 2025, la couverture 4G atteint 91 % de la population, contre 84 % en 2023.\n",
        "Bureau du Régulateur des télécommunications, de la radiocommunication et de la radiodiffusion de la République de Vanuatu (TRBR)")]
    public void NamesTheBodyALettersSentencePresents_ThoughARequestIsRecalledBeforeIt_AndASubjectLineNamesItsState(string text, string entity) =>
        Assert.Equal(entity, ReadText(text).Entity);

    [Theory]
    [InlineData("MISSION PERMANENTE DE LA RÉPUBLIQUE DE CÔTE D'IVOIRE\nAUPRÈS DE L'OFFICE DES NATIONS UNIES À GENÈVE\n\nN° 0087/MPCI/GVA/2026\n\n" +
        "La Mission permanente de la République de Côte d'Ivoire auprès de l'Office des Nations Unies à Genève présente ses compliments au secrétariat de la CNUCED et a l'honneur de lui faire tenir ci-après la contribution du Gouvernement ivoirien.\n\n" +
        "En 2025, l'Autorité de régulation des télécommunications/TIC de Côte d'Ivoire (ARTCI) a abaissé de 20 % les tarifs de terminaison d'appel.\n",
        "Côte d'Ivoire")]
    [InlineData("PERMANENT MISSION OF THE REPUBLIC OF KOREA\nTO THE UNITED NATIONS OFFICE AT GENEVA\n\n" +
        "The Permanent Mission of the Republic of Korea to the United Nations Office and other international organizations in Geneva presents its compliments to the secretariat of UNCTAD and has the honour to transmit the contribution of its Government.\n\n" +
        "In 2025, the Government connected 1,200 rural villages to gigabit networks.\n",
        "Republic of Korea")]
    public void NamesTheStateOfANoteVerbalesMission_ByItsShortName(string text, string entity) =>
        Assert.Equal(entity, ReadText(text).Entity);

    private static DocumentEntity ReadText(string text) =>
        ClassifiedDocuments.RecordOfText("contribution.txt", text);
}
