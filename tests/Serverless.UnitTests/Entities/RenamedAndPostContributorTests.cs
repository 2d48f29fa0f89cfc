using Serverless.Shared.Storage;
using Serverless.UnitTests.Summary;

namespace Serverless.UnitTests.Entities;

/// <summary>
/// Contributors named around their own name: an earlier name in brackets, a person's post in a byline, an office
/// writing for the body its letterhead prints, an e-mail whose covering sentence names the sender "for" the report, a
/// United Nations programme named by a hyphenated abbreviation, and a national body under its State's first line.
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

    [Theory]
    [InlineData("habitat.txt", "ONU-Habitat\nProgramme des Nations Unies pour les établissements humains\nBureau régional pour l'Afrique\n\nContribution d'ONU-Habitat au rapport 2026 du Secrétaire général sur la mise en œuvre des résultats du SMSI\n\nLe Bureau régional pour l'Afrique d'ONU Habitat présente ci-dessous les activités menées en 2025 en Afrique francophone en matière de villes intelligentes et de transition numérique des villes.\n\nVilles intelligentes centrées sur les personnes\n\nEn 2025, ONU-Habitat a accompagné les villes d'Abidjan, de Cotonou et de Kigali dans l'élaboration de leur stratégie de ville intelligente centrée sur les personnes, adoptée par leurs conseils municipaux entre mars et octobre 2025.\n\nUN-Habitat a également publié en juillet 2025, avec l'Union internationale des télécommunications, un guide sur l'évaluation des besoins numériques des villes secondaires, traduit en français et en portugais.\n\nAdressage et cadastre\n\nLe programme d'adressage numérique soutenu par ONU Habitat a attribué une adresse à 310 000 parcelles dans les quartiers précaires de Douala et de Bamako en 2025.\n\nFormation\n\nONU-Habitat a formé 450 agents municipaux de 22 villes africaines à l'utilisation des données géospatiales pour la planification urbaine en 2025.\n\nNairobi, le 5 décembre 2025\n", "ONU-Habitat")]
    [InlineData("women.txt", "UN-Women\nUnited Nations Entity for Gender Equality and the Empowerment of Women\nRegional Office for Asia and the Pacific\n\nContribution of UN-Women to the 2026 report of the Secretary-General on WSIS implementation\n\nThe Regional Office for Asia and the Pacific of UN Women presents below its work of 2025.\n\nIn 2025, UN-Women trained 3,400 women entrepreneurs in six countries in digital marketing and mobile payments.\n", "UN-Women")]
    public void NamesTheProgrammeATitleNamesByAHyphenatedAbbreviation_NotTheOfficeOnTheLetterheadsLastLine(string fileName, string text, string entity) =>
        Assert.Equal(entity, Read(fileName, text).Entity);

    [Theory]
    [InlineData("artec.txt", "RÉPUBLIQUE DE MADAGASCAR\nAutorité de régulation des technologies de communication (ARTEC)\n\nRéponses au questionnaire du secrétariat de la CSTD sur la mise en œuvre des résultats du SMSI en 2025\n\nEntité : Autorité de régulation des technologies de communication (ARTEC)\n\n1. Quelles sont les principales activités menées par votre organisation en 2025 pour mettre en œuvre les résultats du SMSI ?\n\nEn 2025, l'ARTEC a attribué les premières licences de fourniture d'accès à Internet par satellite à deux opérateurs, ce qui a permis de raccorder 214 communes rurales qui n'avaient aucune couverture haut débit.\n\nL'ARTEC a également lancé en mars 2025 une campagne nationale de sensibilisation à la protection des données des abonnés, diffusée sur 36 radios régionales en malgache et en français.\n\n2. À quelles grandes orientations du SMSI ces activités se rattachent-elles ?\n\nLes licences satellitaires relèvent de la grande orientation C2 (infrastructure de l'information et de la communication). La campagne relève de la grande orientation C5 (établir la confiance et la sécurité dans l'utilisation des TIC).\n\n3. Quels partenariats avez-vous noués ou renforcés ?\n\nAvec le ministère du Développement numérique, des Postes et des Télécommunications, l'ARTEC a publié en juillet 2025 le premier observatoire trimestriel des prix de détail des services mobiles, qui compare les offres des quatre opérateurs du pays.\n\n4. Quels obstacles avez-vous rencontrés ?\n\nLes coupures d'électricité fréquentes dans les régions du Sud limitent la disponibilité des stations de base et renchérissent les coûts d'exploitation des opérateurs.\n\n5. Quelles sont vos priorités pour 2026 ?\n\nL'ARTEC prévoit d'adopter en 2026 un cadre de partage des infrastructures passives et de réviser le plan national des fréquences.\n\nAntananarivo, le 20 novembre 2025\n\nLe Directeur général\n", "Autorité de régulation des technologies de communication (ARTEC) – République de Madagascar")]
    [InlineData("kcca.html", "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>KCCA – WSIS 2025</title></head><body>\n<p>THE REPUBLIC OF UGANDA</p>\n<p>KAMPALA CAPITAL CITY AUTHORITY</p>\n<p>Directorate of Strategy Management and Business Development</p>\n<h1>Smart Kampala: input of Kampala Capital City Authority to the 2026 report on WSIS implementation</h1>\n<p>Kampala Capital City Authority (KCCA) is the governing body of Uganda's capital city, home to 1.9 million residents by night and about 4 million by day. This input describes the Authority's digital work in 2025.</p>\n<h2>Online city services</h2>\n<p>In 2025, KCCA moved trading licences, building permits and property rates to its e-Citizen portal, which processed 286,000 applications during the year, against 91,000 in 2024.</p>\n<p>The Authority installed 120 public Wi-Fi hotspots in markets, taxi parks and libraries in 2025, used by an average of 48,000 people a day.</p>\n<h2>Data and transparency</h2>\n<p>KCCA launched an open data portal in June 2025 with 64 datasets on traffic, waste collection and city finances.</p>\n<h2>Digital skills</h2>\n<p>With the Ministry of ICT and National Guidance, KCCA trained 3,500 market vendors in the use of digital payments in 2025.</p>\n<p>Kampala, 27 November 2025</p>\n<p>Executive Director</p>\n</body></html>\n", "Kampala Capital City Authority (KCCA) – Republic of Uganda")]
    [InlineData("anid.txt", "RÉPUBLIQUE TUNISIENNE\nAgence nationale de l'identité numérique (ANID)\n\nContribution au rapport 2026 du Secrétaire général sur la mise en œuvre des résultats du SMSI\n\n" +
        "Entité : Agence nationale de l'identité numérique (ANID)\n\nEn 2025, l'ANID a délivré 640 000 certificats de signature électronique aux entreprises et aux administrations.\n",
        "Agence nationale de l'identité numérique (ANID) – République tunisienne")]
    [InlineData("eett.txt", "HELLENIC REPUBLIC\nNATIONAL TELECOMMUNICATIONS AND POST COMMISSION\n\nInput of the National Telecommunications and Post Commission to the 2026 report on WSIS implementation\n\n" +
        "The National Telecommunications and Post Commission (EETT) is the regulator of electronic communications and postal services. This input describes its work in 2025.\n\nIn 2025, EETT assigned the 3.6 GHz band to three operators, which now cover 92 per cent of the population with 5G.\n",
        "National Telecommunications and Post Commission (EETT) – Hellenic Republic")]
    public void NamesANationalBodyWithTheStateItsFirstLinePrints_ThoughAFieldOrATitleNamesIt(string fileName, string text, string entity) =>
        Assert.Equal(entity, Read(fileName, text).Entity);

    [Theory]
    [InlineData("ncc.md", "FEDERAL REPUBLIC OF NIGERIA\n\n**NIGERIAN COMMUNICATIONS COMMISSION**\n\nPlot 423 Aguiyi Ironsi Street, Maitama, Abuja\n\n" +
        "# Nigerian Communications Commission: contribution to the 2025 WSIS progress report\n\n" +
        "The Nigerian Communications Commission (NCC) is the independent regulator of the telecommunications sector in Nigeria.\n\n" +
        "In 2025 the Commission licensed six infrastructure companies to lay 90,000 km of fibre.\n",
        "Nigerian Communications Commission (NCC)")]
    [InlineData("absu.txt", "RÉPUBLIQUE DU BÉNIN\n\nAGENCE BÉNINOISE DU SERVICE UNIVERSEL DES COMMUNICATIONS ÉLECTRONIQUES ET DE LA POSTE (ABSU-CEP)\n\n" +
        "Contribution de l'ABSU-CEP au rapport 2025 sur la mise en œuvre des résultats du SMSI\n\n" +
        "L'Agence béninoise du service universel des communications électroniques et de la poste (ABSU-CEP) présente ci-après ses réalisations de 2025.\n\n" +
        "En 2025, l'ABSU-CEP a mis en service 118 sites de téléphonie mobile dans les zones blanches.\n",
        "Agence béninoise du service universel des communications électroniques et de la poste (ABSU-CEP)")]
    public void NamesANationalBodyWithoutTheStateItsLetterheadPrints_WhenItsAdjectiveNamesIt(string fileName, string text, string entity) =>
        Assert.Equal(entity, Read(fileName, text).Entity);

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
