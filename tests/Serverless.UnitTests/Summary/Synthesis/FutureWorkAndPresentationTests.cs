using Serverless.Shared.Summary.Report;

namespace Serverless.UnitTests.Summary.Synthesis;

/// <summary>
/// What a contribution says besides the year's work, which the draft does not quote: a secretariat's "Future work"
/// section (what its commission "may wish to consider"); a presentation after a phrase before its subject, under a
/// longer name defining the contributor's in brackets, under a name's initials, or with the year it was founded; a
/// covering note's "It covers..." and "submit this joint contribution". The work beside them is still quoted.
/// </summary>
public sealed class FutureWorkAndPresentationTests : IDisposable
{
    private readonly OneContributionDrafts _drafts = new("wsis-future-work-", ".txt");

    [Theory]
    [InlineData("en", "Contribution of the United Nations Commission on International Trade Law (UNCITRAL) to the 2025 WSIS report\n\nII. Technical assistance\n\n" +
        "15. In 2025, the secretariat provided legislative assistance on electronic commerce to 11 States, including comments on draft laws for Cambodia, Ghana, Paraguay and Zambia.\n\n" +
        "VII. Future work\n\n" +
        "31. The Commission may wish to consider future work on the legal aspects of digital platforms and electronic commerce legislation in 12 States.\n",
        "11 States", "may wish to consider")]
    [InlineData("fr", "Contribution de la Commission des Nations Unies pour le droit commercial international (CNUDCI) au rapport 2025 sur le SMSI\n\nII. Assistance technique\n\n" +
        "15. En 2025, le secrétariat a fourni une assistance législative en matière de commerce électronique à 11 États, dont des observations sur les projets de loi du Cambodge et du Ghana.\n\n" +
        "VII. Travaux futurs\n\n" +
        "31. Le secrétariat a recensé 12 États dont la législation sur le commerce électronique pourrait faire l'objet de travaux sur les plateformes numériques.\n",
        "11 États", "recensé 12 États")]
    public void QuotesNoFutureWork_ButTheWorkBeforeIt(string language, string text, string work, string left)
    {
        var sentences = _drafts.Draft(language, text).Sentences().Select(s => s.Text).ToArray();

        Assert.Contains(sentences, s => s.Contains(work, StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.Contains(left, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "# Input of the Lindqvist Development Agency (LDA) to the 2025 WSIS report\n\n" +
        "On behalf of the Ministry of Foreign Affairs, LDA implements some 40 projects with a digital focus in 25 countries.\n\n" +
        "In 2025, LDA trained 3,100 civil servants in digital service design in Kenya and Viet Nam.\n",
        "3,100 civil servants", "40 projects")]
    [InlineData("fr", "# ISOC Bénin – Chapitre béninois de l'Internet Society\n\n## Contribution au rapport 2025 sur le SMSI\n\n" +
        "Le chapitre béninois de l'Internet Society (ISOC Bénin) est une association à but non lucratif qui rassemble 640 membres.\n\n" +
        "En 2025, ISOC Bénin a déployé deux réseaux communautaires sans fil qui desservent 11 villages et 7 écoles.\n",
        "11 villages", "640 membres")]
    [InlineData("fr", "# Contribution de la Commission de la CEEAC au rapport 2025 sur le SMSI\n\n" +
        "La Communauté économique des États de l'Afrique centrale (CEEAC) regroupe onze États membres. Sa Commission met en œuvre le Plan directeur consensuel des télécommunications, la dorsale régionale à fibre optique et le programme d'intégration numérique de l'Afrique centrale.\n\n" +
        "En 2025, la Commission a achevé la phase 3 de la dorsale à fibre optique d'Afrique centrale, soit 1 840 kilomètres de câble.\n",
        "1 840 kilomètres", "onze États membres")]
    [InlineData("en", "# Input of ISO/IEC Joint Technical Committee 1 to the 2025 WSIS report\n\n" +
        "ISO/IEC JTC 1 is the joint technical committee of ISO and IEC responsible for standards on information security, cybersecurity and privacy protection, with 40 participating national bodies.\n\n" +
        "In 2025, Subcommittee 42 published two standards on the impact assessment of AI systems, against which 1,100 organisations were certified.\n",
        "1,100 organisations", "40 participating")]
    [InlineData("en", "# Alliance for Affordable Internet (A4AI)\n\n## Contribution to the 2025 WSIS progress report\n\n" +
        "The Alliance for Affordable Internet (A4AI) is a global coalition working to lower the cost of Internet access. It was launched in 2013 and has been hosted since 2024 by the Global Digital Inclusion Partnership.\n\n" +
        "In 2025, A4AI published its Affordability Report 2025, which found that 1 GB of mobile data still cost more than 2 per cent of average monthly income in 47 of the 103 countries surveyed.\n\n" +
        "In 2025, A4AI supported the review of the universal service funds of Ghana and Mozambique.\n",
        "47 of the 103 countries", "launched in 2013")]
    [InlineData("en", "# UNDP Bangladesh: input to the 2025 WSIS report\n\n" +
        "This note was prepared by the Bangladesh Country Office at the request of the Chief Digital Office. It covers the country office's e-government and digital skills programme in 2025, with 1,870 online public services.\n\n" +
        "In 2025, the country office helped the Cabinet Division move 142 public services onto the national digital service platform.\n",
        "142 public services", "It covers")]
    [InlineData("fr", "# Bureau de pays du Niger : contribution au rapport 2025 sur le SMSI\n\n" +
        "Cette note a été préparée par le bureau de pays à la demande du siège. Elle couvre les activités du bureau en matière de connectivité des écoles à Internet et d'administration électronique en 2025, dans 1 100 centres d'état civil.\n\n" +
        "En 2025, le bureau a appuyé le raccordement de 210 écoles des régions de Maradi et de Zinder à Internet.\n",
        "210 écoles", "Elle couvre")]
    [InlineData("en", "# Joint contribution of the Andean Data Institute and the Pacific Statistics Network to the 2025 WSIS report\n\n" +
        "The two networks trained 95 statisticians from 17 States in the measurement of ICT use. The two networks submit this joint contribution on their work in 2025.\n",
        "95 statisticians", "submit this joint contribution")]
    public void QuotesNoPresentationNorCoveringNote_ButTheWorkBesideThem(string language, string text, string work, string left)
    {
        using var drafts = new OneContributionDrafts("wsis-presentations-", ".md");
        var sentences = drafts.Draft(language, text).Sentences().Select(s => s.Text).ToArray();

        Assert.Contains(sentences, s => s.Contains(work, StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.Contains(left, StringComparison.Ordinal));
    }

    public void Dispose() => _drafts.Dispose();
}
