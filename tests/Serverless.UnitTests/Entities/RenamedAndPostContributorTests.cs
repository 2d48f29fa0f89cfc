using Serverless.Shared.Storage;
using Serverless.UnitTests.Summary;

namespace Serverless.UnitTests.Entities;

/// <summary>
/// Contributors named around their own name: an earlier name in brackets, a person's post in a byline, an office
/// writing for the body its letterhead prints, and an e-mail whose covering sentence names the sender "for" the report.
/// </summary>
public class RenamedAndPostContributorTests
{
    [Theory]
    [InlineData("atn.txt", "RÉPUBLIQUE TUNISIENNE\nMinistère des Technologies de la communication\n\nAgence tunisienne du numérique (ATN)\n(anciennement Centre national de l'informatique, CNI)\n\nContribution au rapport 2026 du Secrétaire général sur la mise en œuvre des résultats du SMSI\n\nPar le décret du 12 février 2025, le Centre national de l'informatique (CNI) est devenu l'Agence tunisienne du numérique (ATN), chargée de la transformation numérique de l'administration. La présente contribution couvre l'ensemble de l'année 2025.\n\nCyberadministration\n\nEn 2025, l'ATN a mis en service l'identifiant numérique unique du citoyen, qui permet d'accéder à 118 services administratifs en ligne ; 1,9 million de citoyens l'avaient activé au 31 décembre 2025.\n\nAvant sa transformation, le CNI avait achevé en janvier 2025 la migration des systèmes de gestion de la paie de 43 administrations vers le nuage gouvernemental.\n\nInfrastructure\n\nL'Agence a raccordé 312 établissements scolaires au réseau national intégré de l'administration au cours de l'année 2025.\n\nSécurité\n\nL'ATN a organisé en octobre 2025 un exercice national de gestion de crise cybernétique auquel ont participé 27 ministères et établissements publics.\n\nTunis, le 1er décembre 2025\n",
        "(anciennement")]
    [InlineData("gdsa.md", "# Global Digital Skills Alliance (GDSA) (formerly the e-Skills for Jobs Coalition)\n\n## Input to the 2025 WSIS report\n\n" +
        "In 2025, the Alliance certified 48,000 job seekers in digital skills through 210 partner training centres.\n",
        "formerly")]
    public void NamesAContributor_WithoutTheEarlierNameItGivesInBrackets(string fileName, string text, string earlier)
    {
        var entity = Read(fileName, text).Entity;

        Assert.NotNull(entity);
        Assert.DoesNotContain(earlier, entity, StringComparison.Ordinal);
        Assert.True(entity.StartsWith("Agence tunisienne du numérique (ATN)", StringComparison.Ordinal) || entity == "Global Digital Skills Alliance (GDSA)", entity);
    }

    [Theory]
    [InlineData("envoy.txt", "Contribution to the 2026 report of the Secretary-General on WSIS implementation\n\n" +
        "Submitted by Ms. Amina Ndiaye-Reyes, Special Envoy of the Commonwealth Secretary-General for Digital Inclusion\n\n" +
        "In 2025, I visited eleven small States of the Caribbean, the Pacific and Africa to review their plans for universal broadband access.\n",
        "Special Envoy of the Commonwealth Secretary-General for Digital Inclusion")]
    [InlineData("envoyee.txt", "Contribution au rapport 2026 du Secrétaire général sur la mise en œuvre du SMSI\n\n" +
        "Présentée par Mme Awa Traoré, Envoyée spéciale de la Francophonie pour le numérique\n\n" +
        "En 2025, j'ai conduit des missions dans neuf pays du Sahel pour appuyer leurs plans d'accès universel au haut débit.\n",
        "Envoyée spéciale de la Francophonie pour le numérique")]
    public void NamesThePost_WhenABylineOpensOnAPersonAndNamesNoOrganisationAfterThePost(string fileName, string text, string post) =>
        Assert.Equal(post, Read(fileName, text).Entity);

    [Theory]
    [InlineData("zambia.txt", "NATIONAL ASSEMBLY OF ZAMBIA\n\nParliament Buildings, Independence Avenue, Lusaka\n\nContribution to the 2026 report of the Secretary-General on progress made in the implementation of the outcomes of the World Summit on the Information Society\n\nSubmitted by the Office of the Clerk of the National Assembly\n\nThe National Assembly of Zambia is the legislature of the Republic of Zambia, made up of 167 members. This contribution describes the work of the Assembly in 2025 that relates to the information society.\n\nLegislation\n\nIn 2025, the National Assembly enacted the Cyber Security Act No. 3 of 2025 and the Electronic Communications and Transactions (Amendment) Act, after public hearings in which 47 organizations made written submissions.\n\nThe Committee on Transport, Works and Supply examined the rural connectivity programme of the Universal Access Fund in June 2025 and recommended that 300 additional towers be funded in the 2026 budget.\n\ne-Parliament\n\nThe Assembly introduced electronic voting in the chamber in February 2025 and began live-streaming all committee hearings, which recorded 2.3 million views during the year.\n\nIn 2025, the Parliamentary Reform Programme equipped the 156 constituency offices with broadband connections and laptops so that members can receive petitions from citizens online.\n\nParliamentary outreach\n\nThe National Assembly held digital literacy sessions for 1,200 secondary school pupils during its Parliament Week in October 2025.\n\nLusaka, 18 November 2025\n\nClerk of the National Assembly\n",
        "National Assembly of Zambia")]
    [InlineData("barbados.txt", "HOUSE OF ASSEMBLY OF BARBADOS\n\nParliament Buildings, Bridgetown\n\n" +
        "Contribution to the 2026 report of the Secretary-General on the implementation of the outcomes of the World Summit on the Information Society\n\n" +
        "Submitted by the Office of the Speaker of the House of Assembly\n\n" +
        "The House of Assembly of Barbados is the lower house of the Parliament of Barbados.\n\n" +
        "In 2025, the House began streaming all its sittings and committee hearings online, which recorded 410,000 views.\n",
        "House of Assembly of Barbados")]
    public void NamesTheBodyItsLetterheadPrints_WhenTheBylineNamesAnOfficeOfIt(string fileName, string text, string body) =>
        Assert.Equal(body, Read(fileName, text).Entity);

    [Fact]
    public void NamesTheSender_AnEmailPresentsAsGivingItsInputForTheReport()
    {
        var entity = Read("email.txt", "From: Secretariat <secretariat@caribnog.example>\nTo: CSTD secretariat\nDate: 9 December 2025\n" +
            "Subject: Input for the WSIS report 2025\n\nDear colleagues,\n\n" +
            "Please find below the short input of the Caribbean Network Operators Group (CaribNOG) for this year's report.\n\n" +
            "In 2025, CaribNOG held two regional meetings where 310 network engineers were trained on routing security.\n\nKind regards,\n\nCaribNOG\n").Entity;

        Assert.Equal("Caribbean Network Operators Group (CaribNOG)", entity);
    }

    private static DocumentEntity Read(string fileName, string text) =>
        ClassifiedDocuments.RecordOfText(fileName, text);
}
