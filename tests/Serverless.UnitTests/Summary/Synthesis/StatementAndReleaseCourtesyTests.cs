using Serverless.Shared.Summary.Synthesis;
using Serverless.UnitTests.Summary.Report;

namespace Serverless.UnitTests.Summary.Synthesis;

/// <summary>
/// What a statement read at a meeting, a press release and a questionnaire's answers say that is no activity: the
/// statement's courtesies, session and stance, a person's words a release quotes, a release taking stock, tick boxes
/// and a bare "Yes.".
/// </summary>
public sealed class StatementAndReleaseCourtesyTests
{
    [Theory]
    [InlineData("Mr. Chair, distinguished delegates, ladies and gentlemen,")]
    [InlineData("My delegation aligns itself with the statement delivered by the distinguished representative of the Group of 77 and China.")]
    [InlineData("I thank you, Mr. Chair.")]
    [InlineData("Malawi stands ready to work with all partners towards an inclusive information society.")]
    [InlineData("Malawi attaches great importance to the WSIS process.")]
    [InlineData("Twenty-eighth session of the Commission on Science and Technology for Development Agenda item 2: Progress made in the implementation of the outcomes")]
    [InlineData("\u201cThese results show that private investment can close the digital divide,\u201d said Mr. Koffi N'Guessan, President of the Association.")]
    [InlineData("[x] C2 Information and communication infrastructure [x] C6 Enabling environment [ ] C8 Cultural diversity")]
    [InlineData("Yes.")]
    [InlineData("N/A")]
    [InlineData("Monsieur le Président,")]
    [InlineData("Mesdames et Messieurs les délégués,")]
    [InlineData("Ma délégation s'associe à la déclaration prononcée au nom du Groupe des 77 et de la Chine.")]
    [InlineData("Je vous remercie.")]
    [InlineData("La Tunisie, pays hôte de la deuxième phase du Sommet, demeure attachée à la mise en œuvre des résultats du SMSI.")]
    [InlineData("Le Sénégal se tient prêt à partager son expérience avec les pays de la sous-région.")]
    [InlineData("Vingt-huitième session de la Commission de la science et de la technique au service du développement")]
    [InlineData("« Ces résultats montrent que l'investissement privé peut réduire la fracture numérique », a déclaré M. Koffi N'Guessan, Président de l'AOTM-CI.")]
    [InlineData("Abidjan, le 15 décembre 2025 – L'Association des opérateurs de téléphonie mobile de Côte d'Ivoire (AOTM-CI) dresse le bilan de l'année 2025 en matière d'inclusion numérique.")]
    [InlineData("Sans objet")]
    [InlineData("It has been a busy year for the Forum's Accessible ICT Programme.")]
    [InlineData("L'année 2025 a été riche pour le Réseau.")]
    [InlineData("The cost of power for rural sites remains the main obstacle to coverage in the north of the country.")]
    [InlineData("Le coût de l'énergie reste le principal obstacle à la couverture des zones rurales.")]
    public void IsACourtesyOrAnAnswersLabel_NotAnActivity(string sentence) =>
        Assert.True(Informativeness.IsCoveringNote(sentence));

    [Theory]
    [InlineData("In 2025, the Government of Malawi launched the Digital Malawi Acceleration Programme, which connected 420 government offices.")]
    [InlineData("We also trained 3,200 civil servants in digital skills through the Malawi School of Government.")]
    [InlineData("Au cours de la même année, 640 écoles primaires des gouvernorats de l'intérieur ont été raccordées au réseau à haut débit.")]
    [InlineData("In 2025 CRAN published its first Cybersecurity Incident Reporting Guidelines for licensees.")]
    [InlineData("Les trois opérateurs membres de l'Association ont mis en service 610 nouveaux sites 4G.")]
    public void LeavesTheActivitiesOfAStatementOrARelease(string sentence) =>
        Assert.False(Informativeness.IsCoveringNote(sentence));

    [Fact]
    public void QuotesAStatementsActivity_UnderItsState_WithoutItsCourtesies()
    {
        var sentences = DraftSentences.Of("en", "statement.txt", "STATEMENT BY THE DELEGATION OF THE REPUBLIC OF MALAWI\n\n" +
            "Twenty-eighth session of the Commission on Science and Technology for Development Agenda item 2: Progress made in the implementation of and follow-up to the outcomes of the World Summit on the Information Society\n\n" +
            "Geneva, 7 April 2025\n\nMr. Chair, distinguished delegates, ladies and gentlemen,\n\n" +
            "Malawi attaches great importance to the WSIS process. In 2025, the Government of Malawi launched the Digital Malawi Acceleration Programme, which connected 420 government offices and 180 health facilities to the national backbone.\n\n" +
            "Malawi stands ready to work with all partners towards an inclusive information society.\n\nI thank you, Mr. Chair.\n");

        Assert.Contains(sentences, s => s.Contains("Digital Malawi Acceleration Programme", StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.Contains("stands ready", StringComparison.Ordinal) || s.Contains("Agenda item", StringComparison.Ordinal)
            || s.Contains("great importance", StringComparison.Ordinal) || s.Contains("Commission on Science and Technology for Development reports", StringComparison.Ordinal));
    }
}
