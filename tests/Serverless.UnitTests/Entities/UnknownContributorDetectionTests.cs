using Serverless.Shared.Entities;
using Serverless.Shared.Storage;
using Serverless.UnitTests.Summary;

namespace Serverless.UnitTests.Entities;

/// <summary>
/// Contributors the catalogue does not know, named where new contributors name themselves: in a sentence that opens
/// the document, a joint title, a letterhead (in capitals, or confirmed by the abbreviation the text defines), a
/// presentation sentence after a cover page, or only the signature.
/// </summary>
public class UnknownContributorDetectionTests
{
    private const string Work = "In 2025 the programme trained 300 librarians to run reading rooms with shared computers.";

    [Fact]
    public void TakesTheSubject_NotTheWordsUpToContribution_When_TheFirstLinePresentsTheContribution()
    {
        var record = ReadText("Blue Valley Community Networks is pleased to submit its contribution to the annual report of the Secretary-General.\n\n" + Work + "\n");

        Assert.Equal("Blue Valley Community Networks", record.Entity);
        Assert.StartsWith("introduction: ", record.EntityEvidence);
    }

    [Fact]
    public void NamesBothPartners_AsTheTextWritesThem_When_AJointTitleIsInCapitals()
    {
        var record = ReadText(
            "JOINT CONTRIBUTION OF THE ANDEAN RURAL RADIO NETWORK (ARRN) AND THE INSTITUTE FOR OPEN SPECTRUM (IOS) TO THE WSIS REPORT\n\n" +
            "1. This note covers the work of the Andean Rural Radio Network (ARRN) and the Institute for Open Spectrum (IOS) in 2025.\n\n" +
            "2. " + Work + "\n");

        Assert.Equal("Andean Rural Radio Network (ARRN) and the Institute for Open Spectrum (IOS)", record.Entity);
        Assert.StartsWith("title: ", record.EntityEvidence);
    }

    [Fact]
    public void TakesAFrenchJointTitle_LikeAnyTitle()
    {
        var record = ReadText("Contribution conjointe de l'Union des radios rurales du Sahel au rapport 2025\n\nEn 2025, le programme a formé 300 bibliothécaires.\n");

        Assert.Equal("Union des radios rurales du Sahel", record.Entity);
    }

    [Theory]
    [InlineData("OFFICE NATIONAL DES POSTES ET DU NUMÉRIQUE (ONPN)", "En 2025, l'Office a raccordé 42 bureaux de poste au réseau national.", "Office national des postes et du numérique (ONPN)")]
    [InlineData("NATIONAL BOARD FOR DIGITAL INCLUSION (NBDI)", "In 2025 the Board connected 42 post offices to the national backbone.", "National Board for Digital Inclusion (NBDI)")]
    public void WritesALetterheadInCapitals_AsItsLanguageWritesAName(string letterhead, string body, string entity)
    {
        var record = ReadText(letterhead + "\n\nRef. 2025/117\n\n" + body + "\n");

        Assert.Equal(entity, record.Entity);
        Assert.StartsWith("letterhead: ", record.EntityEvidence);
    }

    [Theory]
    [InlineData("NATIONAL AGENCY FOR ICT AND INNOVATION (NAII)", "In 2025 the Agency connected 42 post offices to the national backbone.", "National Agency for ICT and Innovation (NAII)")]
    [InlineData("AGENCE NATIONALE DES TIC ET DE L'INNOVATION (ANTI)", "En 2025, l'Agence a raccordé 42 bureaux de poste au réseau national.", "Agence nationale des TIC et de l'innovation (ANTI)")]
    public void KeepsAnAbbreviationInCapitals_When_ALetterheadInCapitalsHoldsOne(string letterhead, string body, string entity)
    {
        var record = ReadText(letterhead + "\n\nRef. 2025/117\n\n" + body + "\n");

        Assert.Equal(entity, record.Entity);
    }

    [Theory]
    [InlineData("Annual note 2025\n\nSubmitted by the Indian Ocean Commission's Blue Data Programme\n\n", "Indian Ocean Commission's Blue Data Programme")]
    [InlineData("Note annuelle 2025\n\nPrésentée par l'Observatoire des usages numériques du Bénin\n\n", "Observatoire des usages numériques du Bénin")]
    public void TakesTheNameOfTheByline_When_TheTitleNamesNoContributor(string head, string entity)
    {
        var record = ReadText(head + Work + "\n");

        Assert.Equal(entity, record.Entity);
        Assert.StartsWith("byline: ", record.EntityEvidence);
    }

    [Fact]
    public void TakesTheLetterheadsName_When_TheTextDefinesItWithItsAbbreviation()
    {
        var record = ReadText("Lakeside Institute of Data Science\n\nAnnual input 2025\n\nThe Lakeside Institute of Data Science (LIDS) trained 120 statisticians in 2025.\n\n" + Work + "\n");

        Assert.Equal("Lakeside Institute of Data Science (LIDS)", record.Entity);
        Assert.StartsWith("letterhead: ", record.EntityEvidence);
    }

    [Theory]
    [InlineData("Annual report on digital inclusion (ARDI 2025)\n\n" + Work)]
    [InlineData("Rapport annuel 2025\n\nLe Plan national du numérique (PNN) prévoit 40 centres.\n\n" + Work)]
    public void NamesNoContributor_When_NoLineOfTheLetterheadIsADefinedName(string text) =>
        Assert.Null(ReadText(text + "\n").Entity);

    [Theory]
    [InlineData("WSIS 2025 – Harbour Valley Health Trust – Not for citation\n\nInput to the annual report\n\nIn 2025 the Trust connected 58 rural clinics to a shared fibre route.\n", "Harbour Valley Health Trust")]
    [InlineData("Agence nationale de la sécurité numérique\n\nRapport 2025\n\nEn 2025, l'Agence a publié 14 recommandations sur la sécurité des messageries.\n", "Agence nationale de la sécurité numérique")]
    public void TakesTheLetterheadsName_TheTextThenCallsByItsNoun(string text, string entity)
    {
        var record = ReadText(text);

        Assert.Equal(entity, record.Entity);
        Assert.StartsWith("letterhead: ", record.EntityEvidence);
    }

    [Theory]
    [InlineData("Input to the report of the Commission\n\nIn 2025 the Commission asked 12 States to report on broadband.\n")]
    [InlineData("Harbour Valley Health Trust 2025\n\nIn 2025 the Trust connected 58 rural clinics.\n")]
    public void TakesNoTitleOrDatedLine_ForTheNameTheTextCallsByItsNoun(string text) => Assert.Null(ReadText(text).Entity);

    [Theory]
    [InlineData("Annual input 2025\n\nThe Nordic University Network for Digital Development (NUNDD) brought 14 universities together in a shared data-science master's programme.\n\n" + Work, "Nordic University Network for Digital Development (NUNDD)")]
    [InlineData("Rapport 2025\n\nL'Institut sahélien des données ouvertes (ISDO) a publié en 2025 un portail de 300 jeux de données.\n\n" + Work, "Institut sahélien des données ouvertes (ISDO)")]
    public void TakesTheOrganisation_TheOpeningSentenceIsAboutAndDefines(string text, string entity)
    {
        var record = ReadText(text + "\n");

        Assert.Equal(entity, record.Entity);
        Assert.StartsWith("opening: ", record.EntityEvidence);
    }

    [Fact]
    public void NamesNoContributor_When_TheOpeningSentenceDefinesAnOrganisationLater()
    {
        var record = ReadText("Annual input 2025\n\nIn 2025 the programme worked with the Nordic University Network for Digital Development (NUNDD) on a shared master's programme.\n");

        Assert.Null(record.Entity);
    }

    [Fact]
    public void TakesTheSentenceThatPresentsTheContribution_AfterACoverPage()
    {
        var record = ReadText("Fédération ouest-africaine des radios communautaires\n\nSecrétariat – Lomé\n\nContribution au rapport 2025\n\n" +
            "La Fédération ouest-africaine des radios communautaires (FORC) a l'honneur de présenter sa contribution au rapport du Secrétaire général.\n\n" +
            "En 2025, la Fédération a formé 300 animateurs.\n");

        Assert.Equal("Fédération ouest-africaine des radios communautaires (FORC)", record.Entity);
    }

    [Theory]
    [InlineData("Prof. Helen Mbeki\n\nExecutive Director, Southern Africa Digital Skills Trust", "Southern Africa Digital Skills Trust")]
    [InlineData("Le Secrétaire général de l'Union des radios rurales du Sahel", "Union des radios rurales du Sahel")]
    [InlineData("Yours sincerely,\n\nJohn Smith\nDirector-General\nLakeside Digital Trust", "Lakeside Digital Trust")]
    public void TakesTheOrganisation_TheSignatureNamesAfterTheRole(string signature, string entity)
    {
        var record = ReadText("Annual report 2025\n\n" + Work + "\n\n" + signature + "\n");

        Assert.Equal(entity, record.Entity);
        Assert.StartsWith("signature: ", record.EntityEvidence);
    }

    [Theory]
    [InlineData("Le Directeur général\nIbrahim Moussa Adamou")]
    [InlineData("Yours sincerely,\n\nDirector-General John Smith Okafor")]
    public void TakesNotTheSignersName_ForAnOrganisation(string signature) =>
        Assert.Null(ReadText("Annual report 2025\n\n" + Work + "\n\n" + signature + "\n").Entity);

    [Theory]
    [InlineData("Digital Africa Alliance – Contribution to the WSIS annual report 2025", "Digital Africa Alliance")]
    [InlineData("Lakeside Digital Trust: contribution to the 2025 report of the Secretary-General on WSIS", "Lakeside Digital Trust")]
    [InlineData("SUBMISSION FROM THE HIGHLAND BROADBAND COOPERATIVE", "Highland Broadband Cooperative")]
    public void NamesTheContributor_WithoutTheTitlesPunctuationOrCapitals(string title, string entity) =>
        Assert.Equal(entity, ReadText(title + "\n\n" + Work + "\n").Entity);

    [Fact]
    public void GivesAnAbbreviationInTheSignature_TheNameTheTextDefines()
    {
        var record = ReadText("Rapport 2025\n\nLe Centre de ressources pour le développement numérique (CRDN) a formé 80 agents communaux.\n\nPour le CRDN,\n");

        Assert.Equal("Centre de ressources pour le développement numérique (CRDN)", record.Entity);
    }

    [Fact]
    public void KeepsTheFullStopOfAnAbbreviation_InsideATitle()
    {
        var record = ReadText("Submission by Northwind Telecom Ltd. to the 2025 WSIS report\n\n" + Work + "\n");

        Assert.Equal("Northwind Telecom Ltd.", record.Entity);
    }

    [Fact]
    public void AddsTheAbbreviationTheTextDefines_ToTheNameTheTitleGives()
    {
        var record = ReadText("Contribution of the Open Maps Alliance of Cities to the 2025 WSIS report\n\nThe Open Maps Alliance of Cities (OMAC) mapped 40 informal settlements in 2025.\n");

        Assert.Equal("Open Maps Alliance of Cities (OMAC)", record.Entity);
    }

    [Fact]
    public void ReadsOnlyTheWordsBeforeEachBracket_InAParagraphFullOfAbbreviations()
    {
        // 20,000 bracketed abbreviations in one paragraph: each definition is looked for in the few words before it.
        var names = new OrganisationNames(Serverless.Shared.Classification.LanguageCatalog.Default);
        var paragraph = string.Concat(Enumerable.Repeat("the Lakeside Digital Trust (LDT) and ", 20_000));

        var definitions = names.Definitions([paragraph]);

        Assert.Equal([new DefinedName("Lakeside Digital Trust (LDT)", "LDT")], definitions);
    }

    [Theory]
    [InlineData("Entity: Caribbean Centre for Development Administration (CARICAD)", "Caribbean Centre for Development Administration (CARICAD)")]
    [InlineData("Entité : Observatoire des usages numériques du littoral", "Observatoire des usages numériques du littoral")]
    public void TakesTheEntityAQuestionnairesFieldNames(string field, string entity)
    {
        var record = ReadText("WSIS annual report 2025: questionnaire response\n\n" + field + "\n\nContact person: Ms. Andrea Thompson\n\n" + Work + "\n");

        Assert.Equal(entity, record.Entity);
        Assert.StartsWith("byline: ", record.EntityEvidence);
    }

    [Theory]
    [InlineData("Submitted to the CSTD secretariat, December 2025")]
    [InlineData("Transmis au secrétariat de la CSTD en décembre 2025")]
    public void NamesNotTheEntityTheDocumentIsSentTo(string recipient)
    {
        var record = ReadText("Annual report 2025\n\n" + recipient + "\n\n" + Work + "\n");

        Assert.Null(record.Entity);
    }

    [Fact]
    public void NamesNotTheEntityAReportIsSentTo_AnywhereInItsLine()
    {
        var record = ReadText("# Association Femmes et TIC du Cameroun (AFTIC)\n\n## Rapport d'activités 2025 transmis au secrétariat de la CSTD\n\n" +
            "Nous avons formé 900 commerçantes à la vente en ligne.\n");

        Assert.Equal("Association Femmes et TIC du Cameroun (AFTIC)", record.Entity);
    }

    [Fact]
    public void TakesTheLetterheadsName_When_TheTextThenPresentsIt_InAnyLanguage()
    {
        var record = ReadText("Fundación Conectar — Colombia\n\nSubmitted to the CSTD secretariat, December 2025\n\n" +
            "Fundación Conectar is a non-profit organisation working in rural Colombia since 2011.\n\n" + Work + "\n");

        Assert.Equal("Fundación Conectar", record.Entity);
        Assert.StartsWith("letterhead: ", record.EntityEvidence);
    }

    [Theory]
    [InlineData("Makerere University\nCollege of Computing and Information Sciences\nKampala, Uganda\n\nInput to the annual report on WSIS implementation, 2025", "Makerere University")]
    [InlineData("Lakeside Institute of Data Science\n\nAnnual input 2025", "Lakeside Institute of Data Science")]
    [InlineData("Harbour Valley Health Trust\nCaring For Our Communities", "Harbour Valley Health Trust")]
    public void TakesAFirstLineThatIsOnlyAnOrganisationsName(string head, string entity)
    {
        var record = ReadText(head + "\n\n" + Work + "\n");

        Assert.Equal(entity, record.Entity);
        Assert.StartsWith("letterhead: ", record.EntityEvidence);
    }

    [Theory]
    [InlineData("REPUBLIC OF RWANDA\nMINISTRY OF ICT AND INNOVATION", "In 2025 the Ministry extended 4G coverage to 98 per cent of the population.", "Ministry of ICT and Innovation – Republic of Rwanda")]
    [InlineData("MINISTÈRE DE LA TRANSITION DIGITALE ET DES POSTES\nBURKINA FASO", "En 2025, le Ministère a raccordé 45 chefs-lieux de province à la fibre optique.", "Ministère de la transition digitale et des postes – Burkina Faso")]
    [InlineData("RÉPUBLIQUE DE CÔTE D'IVOIRE\nUnion – Discipline – Travail\n\nMINISTÈRE DE LA TRANSITION NUMÉRIQUE ET DE LA DIGITALISATION\n\nAbidjan, le 5 décembre 2025", "Le programme a permis à 48 000 étudiants d'acquérir un ordinateur portable.", "Ministère de la transition numérique et de la digitalisation – République de Côte d'Ivoire")]
    [InlineData("RÉPUBLIQUE DU NIGER\n\nAGENCE NATIONALE POUR LA SOCIÉTÉ DE L'INFORMATION (ANSI)", "En 2025, l'ANSI a équipé 120 écoles primaires de salles informatiques.", "Agence nationale pour la société de l'information (ANSI) – République du Niger")]
    public void NamesTheCountry_ThatALetterheadSetsBesideANationalBody(string letterhead, string body, string entity)
    {
        var record = ReadText(letterhead + "\n\n" + body + "\n");

        Assert.Equal(entity, record.Entity);
    }

    [Theory]
    [InlineData("Andean Community Secretariat – Inputs to the 2025 WSIS progress report", "Andean Community Secretariat")]
    [InlineData("Green Valley Data Lab: our input to the 2025 WSIS review", "Green Valley Data Lab")]
    [InlineData("Dakar ville numérique : contribution de la Ville de Dakar au rapport 2025 sur le SMSI", "Ville de Dakar")]
    public void TakesTheNameOnly_When_ATitleSetsItBeforeADashOrAColon_OrALabelBeforeIt(string title, string entity)
    {
        var record = ReadText(title + "\n\n" + Work + "\n");

        Assert.Equal(entity, record.Entity);
        Assert.StartsWith("title: ", record.EntityEvidence);
    }

    [Theory]
    [InlineData("NORDIC SPECTRUM GROUP\nInter-Nordic Radio Spectrum Council (NORDSPEK) 14 Kungsgatan, Stockholm\n\nStockholm, 10 December 2025\n\nSubject: Contribution of NORDSPEK to the 2025 report on WSIS implementation",
        "Inter-Nordic Radio Spectrum Council (NORDSPEK)")]
    [InlineData("From: Amina Diallo <amina@example.org>\n\nTo: cstd-wsis@example.org\n\nSubject: WSIS input 2025 - Pacific Data Hub", "Pacific Data Hub")]
    public void TakesTheContributorOfALettersSubjectLine_WithTheNameItsAbbreviationStandsFor(string head, string entity)
    {
        var record = ReadText(head + "\n\n" + Work + "\n");

        Assert.Equal(entity, record.Entity);
        Assert.StartsWith("subject: ", record.EntityEvidence);
    }

    [Fact]
    public void GivesAnAbbreviationItsName_When_ATitleNamesTheContributorByItAlone()
    {
        var record = ReadText("NREC input to the WSIS annual report 2025\n\n" +
            "The Nordic Regulators for Electronic Communications (NREC) gathers the regulators of 14 countries.\n\n" + Work + "\n");

        Assert.Equal("Nordic Regulators for Electronic Communications (NREC)", record.Entity);
    }

    [Theory]
    [InlineData("REPUBLIC OF GHANA\n\nMINISTRY OF COMMUNICATIONS, DIGITAL TECHNOLOGY AND INNOVATIONS\nDirectorate of Research, Statistics and Information\n\nAccra, 12 December 2025",
        "In 2025 the Ministry laid 1,800 kilometres of fibre to connect 640 district hospitals.", "Ministry of Communications, Digital Technology and Innovations – Republic of Ghana")]
    [InlineData("RÉPUBLIQUE DU MALI\nUn Peuple – Un But – Une Foi\nASSEMBLÉE NATIONALE\n\nBamako, le 9 janvier 2026",
        "En 2025, l'Assemblée nationale a adopté une loi sur la protection des données personnelles.", "Assemblée nationale – République du Mali")]
    public void TakesTheLetterheadsName_OfAParliament_OrOfAMinistryOverItsUnit(string letterhead, string body, string entity)
    {
        var record = ReadText(letterhead + "\n\n" + body + "\n");

        Assert.Equal(entity, record.Entity);
    }

    [Fact]
    public void CapitalisesTheName_When_AFrenchTitleWritesItAfterAnOrganisationsNounInLowerCase()
    {
        var record = ReadText("Contribution du groupe Orange au rapport 2025 sur le SMSI\n\nEn 2025, Orange a installé 1 400 sites mobiles solaires.\n");

        Assert.Equal("Groupe Orange", record.Entity);
    }

    [Fact]
    public void NeverTakesTheReceiver_ForTheContributor_When_AFooterSaysForWhomTheDocumentWasPrepared()
    {
        var record = ReadText("Annual note 2025\n\n" + Work + "\n\nConfidential – prepared for the CSTD secretariat\n");

        Assert.NotEqual("CSTD", record.Entity);
    }

    [Fact]
    public void TakesACompanysLetterhead_When_ItsNameEndsOnItsAbbreviatedForm()
    {
        var record = ReadText("HARBOUR FIBRE LTD.\n\nAnnual note 2025\n\nIn 2025 Harbour Fibre Ltd. laid 300 kilometres of fibre to 40 fishing villages.\n");

        Assert.Equal("Harbour Fibre Ltd.", record.Entity);
        Assert.StartsWith("letterhead: ", record.EntityEvidence);
    }

    [Fact]
    public void GivesAnAbbreviationItsName_When_TheLetterheadPrintsTheNameUnderIt_AndATitleBelowNamesTheAbbreviation()
    {
        var record = ReadText("SARNIC\nSouth Atlantic Regional Network Information Centre\n14 Quay Road, Jamestown\n\n" +
            "SARNIC contribution to the 2025 WSIS progress report\n\n" + Work + "\n\nJane Doe\nChief Executive, SARNIC\n");

        Assert.Equal("South Atlantic Regional Network Information Centre (SARNIC)", record.Entity);
    }

    [Theory]
    [InlineData("INSTITUT NATIONAL DE LA STATISTIQUE\n\nRÉPUBLIQUE DU NIGER\n\nContribution de l'Institut national de la statistique (INS) au rapport sur la mise en œuvre des résultats du SMSI : bilan 2024-2025\n\n",
        "En 2025, l'Institut a publié 18 indicateurs de la société de l'information.", "Institut national de la statistique (INS) – République du Niger")]
    [InlineData("Harbour CERT (HCERT)\n\nAnnual input to the WSIS report – 2025\n\n", "Harbour CERT (HCERT) is the national computer emergency response team of the islands. " + Work, "Harbour CERT (HCERT)")]
    public void ReadsATitleBelowTheLetterhead_OnlyWhenItNamesAnOrganisation(string head, string body, string entity)
    {
        var record = ReadText(head + body + "\n");

        Assert.Equal(entity, record.Entity);
    }

    [Theory]
    [InlineData("ONU-Climat : contribution au rapport 2025 sur la mise en œuvre des résultats du SMSI", "ONU-Climat")]
    [InlineData("SAHELNET – Contribution au rapport annuel 2025 sur la mise en œuvre des résultats du SMSI", "SAHELNET")]
    public void TakesTheNameBeforeAColonOrADash_When_AFrenchTitleOpensOnIt(string title, string entity)
    {
        var record = ReadText(title + "\n\nEn 2025, le programme a formé 300 bibliothécaires à l'animation de salles de lecture.\n");

        Assert.Equal(entity, record.Entity);
        Assert.StartsWith("title: ", record.EntityEvidence);
    }

    [Fact]
    public void TakesNoName_FromATitleBeforeADash_That_IsTheDocumentsOwnTitle()
    {
        var record = ReadText("FONDATION DU FLEUVE NUMÉRIQUE\n\nReconnue d'utilité publique – Kayes, Mali\n\n" +
            "Rapport d'activités 2025 – Contribution au rapport annuel sur la mise en œuvre des résultats du SMSI\n\n" +
            "En 2025, la Fondation a équipé 46 écoles de salles numériques solaires.\n");

        Assert.Equal("Fondation du fleuve numérique", record.Entity);
    }

    [Theory]
    [InlineData("e-Estonia Briefing Centre\n\nContribution to the WSIS 2025 progress report\n\nTallinn, 22 December 2025\n\n" +
        "e-Estonia Briefing Centre is the government's showroom for digital society, run by the national enterprise agency.\n\n", "e-Estonia Briefing Centre")]
    [InlineData("iHub\n\n14 Galana Road, Nairobi\n\nOur input to the 2025 WSIS progress report\n\niHub is Nairobi's innovation hub for the technology community.\n\n", "iHub")]
    public void TakesALetterheadsName_When_ItIsCoinedWithASmallFirstLetter_AndTheTextPresentsIt(string head, string entity)
    {
        var record = ReadText(head + Work + "\n");

        Assert.Equal(entity, record.Entity);
        Assert.StartsWith("letterhead: ", record.EntityEvidence);
    }

    [Fact]
    public void TakesTheNameInCapitals_NotTheMottosLastWord_When_ThePdfRunsTheLetterheadsLinesTogether()
    {
        // A browser's PDF of a letterhead in one block: the state, its motto and the authority's name read as one line.
        var record = ReadText("RÉPUBLIQUE DU NIGER Fraternité – Travail – Progrès AUTORITÉ DE RÉGULATION DES COMMUNICATIONS ÉLECTRONIQUES ET DE LA POSTE\n\n" +
            "Niamey, le 15 décembre 2025\n\nEn 2025, l'Autorité a mis en service onze sites 3G dans les régions d'Agadez et de Diffa.\n");

        Assert.Equal("Autorité de régulation des communications électroniques et de la poste – République du Niger", record.Entity);
    }

    [Theory]
    [InlineData("AFRICAN UNION DEVELOPMENT AGENCY (AUDA-NEPAD)\n230 15th Road, Midrand, Johannesburg, South Africa\n\nAUDA-NEPAD input to the WSIS 2025 progress report\n\n" +
        "In 2025, AUDA-NEPAD completed feasibility studies for three ICT projects of the Programme for Infrastructure Development in Africa.\n",
        "African Union Development Agency (AUDA-NEPAD)")]
    [InlineData("PACIFIC ISLANDS TELECOMMUNICATIONS ASSOCIATION (PITA)\nLevel 2, Vanua House, Suva, Fiji\n\nPITA input to the WSIS 2025 progress report\n\n" +
        "In 2025, PITA trained 140 engineers of its member operators in submarine cable maintenance.\n",
        "Pacific Islands Telecommunications Association (PITA)")]
    public void TakesTheNameInCapitals_When_TheTextRunsItIntoTheAddressLineBelowIt(string text, string entity) =>
        Assert.Equal(entity, ReadText(text).Entity);

    [Theory]
    [InlineData("contribution.md", "NATIONS UNIES – CÔTE D'IVOIRE\n\n# Contribution de l'équipe de pays des Nations Unies en Côte d'Ivoire au rapport 2025 sur le SMSI\n\n" +
        "En 2025, le PNUD a appuyé la mise en ligne de 214 procédures administratives.\n", "Équipe de pays des Nations Unies en Côte d'Ivoire")]
    [InlineData("contribution.txt", "Objet : éléments pour le rapport 2025 sur le SMSI\n\nMadame, Monsieur,\n\n" +
        "En 2025, la Collectivité a achevé le déploiement de la fibre optique jusqu'à l'abonné sur l'ensemble de l'île.\n\n" +
        "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\n" +
        "Le Président de la Collectivité de Saint-Barthélemy\nGustavia, le 28 janvier 2026\n", "Collectivité de Saint-Barthélemy")]
    public void NamesACountryTeamOrATerritorialCollectivity_ATitleOrASignatureNames(string fileName, string text, string entity) =>
        Assert.Equal(entity, ReadText(text, fileName).Entity);

    [Theory]
    [InlineData("RIPE NCC\nRéseaux IP Européens Network Coordination Centre\nStationsplein 11, Amsterdam\n\nRIPE NCC input for the 2025 WSIS progress report\n\n" +
        "In 2025, the RIPE NCC served more than 20,000 member organisations in 76 countries.\n", "RIPE NCC")]
    [InlineData("<p><strong>NATIONAL INFORMATION TECHNOLOGY DEVELOPMENT AGENCY (NITDA)</strong></p>\n<h1>Contribution de la NITDA au rapport 2025 sur le SMSI</h1>\n" +
        "<p>L'Agence nationale de développement des technologies de l'information (National Information Technology Development Agency, NITDA) du Nigéria présente ci-dessous ses réalisations de 2025.</p>\n" +
        "<p>En 2025, la NITDA a formé 412 000 jeunes dans les 36 États de la fédération.</p>\n", "National Information Technology Development Agency (NITDA)")]
    public void WritesANameInCapitals_AsTheTextWritesItElsewhere_ThoughItsAbbreviationIsGivenOtherwise(string text, string entity) =>
        Assert.Equal(entity, ReadText(text, text.StartsWith('<') ? "contribution.html" : "contribution.txt").Entity);

    [Fact]
    public void WritesAOneWordNameInCapitals_AsTheTextWritesItElsewhere()
    {
        var record = ReadText("RÉPUBLIQUE DU CAMEROUN\n\nPaix – Travail – Patrie\n\nSÉNAT\n\n" +
            "Au cours de sa session de juin 2025, le Sénat a adopté la loi relative à la protection des données personnelles.\n");

        Assert.Equal("Sénat – République du Cameroun", record.Entity);
    }

    [Fact]
    public void KeepsAnElidedArticleSmall_When_ANameInCapitalsIsCapitalisedWordByWord()
    {
        var record = ReadText("AUTORITÉ DE RÉGULATION DES TÉLÉCOMMUNICATIONS/TIC DE CÔTE D'IVOIRE (ARTCI)\n\nAbidjan, 6 February 2026\n\n" +
            "In 2025, ARTCI completed the mapping of mobile coverage in all 201 sub-prefectures of the country.\n");

        Assert.EndsWith(" de Côte d'Ivoire (ARTCI)", record.Entity, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsATitleBelowALetterheadOfFourLines()
    {
        var record = ReadText("Département fédéral de l'environnement, des transports, de l'énergie et de la communication DETEC\n\n" +
            "**Office fédéral de la communication OFCOM**\n\nAffaires internationales\n\nBienne, le 3 février 2026\n\n" +
            "# Contribution de la Suisse au rapport du Secrétaire général sur la mise en œuvre du SMSI en 2025\n\n" +
            "La Confédération a publié 1 900 nouveaux jeux de données sur la plateforme nationale de données ouvertes.\n", "contribution.md");

        Assert.Equal("Suisse", record.Entity);
        Assert.StartsWith("title: ", record.EntityEvidence);
    }

    [Theory]
    [InlineData("TELECOMMUNICATIONS REGULATORY AUTHORITY\n\nContribution to the 2025 report of the Secretary-General on WSIS\n\n" +
        "In 2025 the Authority licensed two fixed wireless access operators to serve the southern governorates.\n\n" +
        "Khalid Al Harthy Executive President Telecommunications Regulatory Authority Sultanate of Oman Muscat, 12 January 2026\n",
        "Telecommunications Regulatory Authority – Sultanate of Oman")]
    [InlineData("AUTORITÉ DE RÉGULATION DES POSTES ET DES TÉLÉCOMMUNICATIONS\n\nContribution au rapport 2025 sur le SMSI\n\n" +
        "En 2025, l'Autorité a attribué deux licences d'accès sans fil fixe pour desservir les provinces du Sud.\n\n" +
        "Le Directeur général\nAutorité de régulation des postes et des télécommunications\nRépublique du Congo\n",
        "Autorité de régulation des postes et des télécommunications – République du Congo")]
    public void AddsTheStateTheSignatureNames_When_TheLetterheadPrintsNone(string text, string entity)
    {
        // The first block is a PDF's: the signature's lines, the place and the date run into one.
        var record = ReadText(text);

        Assert.Equal(entity, record.Entity);
    }

    private static DocumentEntity ReadText(string text, string fileName = "contribution.txt") =>
        ClassifiedDocuments.RecordOfText(fileName, text);
}
