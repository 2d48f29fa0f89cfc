using Serverless.Shared.Storage;
using Serverless.UnitTests.Summary;

namespace Serverless.UnitTests.Entities;

/// <summary>
/// A letter's sender told from the body it writes to, and a letterhead's State line told from the body's name: a known
/// name in the addressee block below the sender's letterhead ("Secrétariat de la CSTD, Palais des Nations") is the
/// receiver's, and a State in capitals that a reader ran into the name after it ("RÉPUBLIQUE LIBANAISE Bureau du
/// Ministre...") is the letterhead's State line.
/// </summary>
public class AddresseeAndStateRunContributorTests
{
    [Theory]
    [InlineData("lettre.txt", "Ville de Lausanne\n\nPlace de la Palud 2, 1003 Lausanne\n\nSecrétariat de la CSTD\nPalais des Nations\n1211 Genève 10\n\n" +
        "Lausanne, le 5 février 2026\n\nConcerne : rapport annuel sur la mise en œuvre du SMSI\n\nMadame, Monsieur,\n\n" +
        "En 2025, la Ville a ouvert un guichet numérique unique qui permet d'effectuer en ligne 74 démarches administratives.\n\n" +
        "Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.\n", "Ville de Lausanne")]
    public void NamesTheSender_NotTheKnownBodyItsAddresseeBlockNames(string fileName, string text, string entity) =>
        Assert.Equal(entity, ClassifiedDocuments.RecordOfText(fileName, text).Entity);

    [Fact]
    public void ReadsAStateInCapitalsRunIntoTheNameAfterIt_AsTheLetterheadsStateLine()
    {
        var record = ClassifiedDocuments.RecordOfText("contribution.txt",
            "RÉPUBLIQUE LIBANAISE Bureau du Ministre d'État pour la réforme administrative (OMSAR)\n\n" +
            "Contribution de la République libanaise au rapport du Secrétaire général sur le SMSI – 2025\n\n" +
            "En 2025, le Bureau du Ministre d'État pour la réforme administrative a mis en ligne le portail unifié des services publics, qui regroupe 230 formalités de 14 ministères.\n\n" +
            "L'OMSAR a formé 1 100 fonctionnaires à la gestion électronique des documents, en partenariat avec le Programme des Nations Unies pour le développement.\n\n" +
            "Beyrouth, le 22 janvier 2026\n");

        Assert.Equal("Bureau du Ministre d'État pour la réforme administrative (OMSAR) – République libanaise", record.Entity);
    }

    /// <summary>Holds the State-line rule above to a State's name: passed before that rule too, and would fail if it read any capitals ending on a State as one.</summary>
    [Fact]
    public void KeepsACompanyInCapitalsEndingOnItsCountry_AsItsName_NotAState()
    {
        var record = ClassifiedDocuments.RecordOfText("contribution.txt",
            "OPTIMUM TELECOM ALGÉRIE SpA (Djezzy)\nDirection de la Communication\nAlger\n\nContribution de Djezzy au rapport 2025 du SMSI\n\n" +
            "En 2025, Djezzy a étendu son réseau 4G à 312 nouvelles communes, principalement dans les wilayas du Sud.\n\n" +
            "Djezzy a recyclé 48 tonnes de déchets électroniques collectés dans ses boutiques.\n");

        Assert.DoesNotContain("– ", record.Entity);
    }

    [Theory]
    [InlineData("input.html", "<html><body><div class=\"logo\">SDO</div><h1>Input to the 2025 WSIS progress report</h1>" +
        "<p>In 2025, we mapped mobile network coverage in 1,340 villages of Niger, Mali and Burkina Faso using crowdsourced measurements.</p>" +
        "<p>We trained 85 local journalists to report on connectivity and digital inclusion.</p>" +
        "<p>Sahel Digital Observatory · Niamey, Niger · www.sahel-digital-observatory.org</p></body></html>", "Sahel Digital Observatory")]
    [InlineData("note.txt", "Input to the 2025 WSIS progress report\n\nIn 2025, we trained 230 librarians of 58 community libraries to run digital literacy sessions for 19,000 people.\n\n" +
        "Lake Region Library Network | Kisumu, Kenya | info@lrln.org\n", "Lake Region Library Network")]
    public void NamesTheOwner_AFooterLinesAddressSpells(string fileName, string text, string entity) =>
        Assert.Equal(entity, ClassifiedDocuments.RecordOfText(fileName, text).Entity);
}
