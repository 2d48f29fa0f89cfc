using Serverless.Shared.Summary.Report;

namespace Serverless.UnitTests.Summary.Synthesis;

/// <summary>
/// What of a new contribution the draft quotes as the year's work, and how: never its covering note, the sentence
/// that presents who the contributor is, its signature or its table of contents; never a list item's own number or a
/// footnote call; and a contributor whose name says its region is reported at the regional level.
/// </summary>
public sealed class ContributionMaterialTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wsis-material-").FullName;

    [Theory]
    [InlineData("This input describes the main measures taken by the Lakeside Digital Trust in 2025.")]
    [InlineData("The present note summarises what the Trust did in 2025 under the WSIS action lines.")]
    [InlineData("The Trust will continue to report on its work under the action lines.")]
    [InlineData("We describe below what the Trust achieved in the past year.")]
    [InlineData("The Trust presents below its main activities of 2025 under the action lines.")]
    [InlineData("The Lakeside Digital Trust and the Harbour Fund are pleased to submit this joint input on their work under the action lines.")]
    public void QuotesNoCoveringNote_AsAnActivity(string note)
    {
        var sentences = Sentences("en", "Contribution of the Lakeside Digital Trust to the 2025 WSIS report\n\n1. " + note +
            " In 2025 the Trust connected 58 rural clinics to broadband through a shared fibre route.\n");

        Assert.Contains(sentences, s => s.Contains("58 rural clinics", StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.Contains(note, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("La présente note décrit les activités de l'Institut en 2025.")]
    [InlineData("Nous présentons ci-dessous les principales réalisations de l'Institut pour l'année écoulée.")]
    [InlineData("L'Institut et l'Agence présentent ensemble leurs activités communes de 2025 en matière de connectivité des écoles.")]
    [InlineData("Veuillez agréer, Monsieur le Secrétaire général, l'expression de notre haute considération pour le suivi du haut débit.")]
    [InlineData("L'Institut sahélien du numérique a le plaisir de présenter ci-après ses principales réalisations au titre des grandes orientations.")]
    public void QuotesNoFrenchCoveringNote_AsAnActivity(string note)
    {
        var sentences = Sentences("fr", "Contribution de l'Institut sahélien du numérique au rapport 2025\n\n" +
            "1. " + note + " L'Institut a raccordé 58 centres de santé ruraux au haut débit par fibre optique.\n");

        Assert.Contains(sentences, s => s.Contains("58 centres de santé", StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.Contains(note, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Dear colleagues, please find our short input below.")]
    [InlineData("We are pleased to share a brief account of our work in 2025.")]
    [InlineData("Submitted to the CSTD secretariat by the Digital Economy Adviser of the Trust.")]
    [InlineData("Describe your main activities in support of the WSIS action lines in 2025.")]
    [InlineData("Best regards, Amina Diallo, policy specialist for rural broadband and fibre networks at the Trust")]
    public void QuotesNoCourtesyRoutingOrPrompt_AsAnActivity(string line)
    {
        var sentences = Sentences("en", "Contribution of the Lakeside Digital Trust to the 2025 WSIS report\n\n" + line +
            "\n\nIn 2025 the Trust connected 58 rural clinics to broadband through a shared fibre route.\n\n" + line + "\n");

        Assert.Contains(sentences, s => s.Contains("58 rural clinics", StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.Contains(line[..20], StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("J'ai l'honneur de vous transmettre la contribution de l'Institut sur le raccordement des écoles au haut débit.")]
    [InlineData("Chers collègues, veuillez trouver ci-dessous nos travaux sur la fibre optique et le haut débit rural.")]
    [InlineData("Transmis au secrétariat de la CSTD par le directeur de l'Institut, le 9 janvier 2026.")]
    [InlineData("Décrivez vos principales activités menées en 2025 pour le haut débit et la fibre optique.")]
    [InlineData("Cordialement, Karim Benali, chargé du haut débit et de la fibre optique à l'Institut")]
    public void QuotesNoFrenchCourtesyRoutingOrPrompt_AsAnActivity(string line)
    {
        var sentences = Sentences("fr", "Contribution de l'Institut sahélien du numérique au rapport 2025\n\n" + line +
            "\n\nEn 2025, l'Institut a raccordé 58 centres de santé ruraux au haut débit par fibre optique.\n\n" + line + "\n");

        Assert.Contains(sentences, s => s.Contains("58 centres de santé", StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.Contains(line[..20], StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "The Lakeside Digital Trust (LDT) is a non-profit organisation founded in 2009 that works with 35 district councils.")]
    [InlineData("en", "Our network brings together 2,400 women engineers in 16 countries.")]
    [InlineData("fr", "Le Réseau sahélien des télécentres (RST) regroupe 140 télécentres dans 6 pays.")]
    [InlineData("en", "The Lakeside Digital Trust of the University of Kisumu is a research centre of its Faculty of Engineering founded in 2016.")]
    [InlineData("fr", "Le Réseau sahélien des télécentres du Niger et du Mali est une association de 140 télécentres créée en 2009.")]
    public void QuotesNotTheSentenceThatPresentsTheContributor_AsAnActivity(string language, string presentation)
    {
        var title = language == "fr" ? "Contribution du Réseau sahélien des télécentres au rapport 2025" : "Contribution of the Lakeside Digital Trust to the 2025 WSIS report";
        var work = language == "fr" ? "En 2025, le réseau a formé 320 animateurs de télécentres à la cybersécurité." : "In 2025 the Trust trained 320 district officials in cybersecurity.";

        var sentences = Sentences(language, $"{title}\n\n{presentation}\n\n{work}\n");

        Assert.Contains(sentences, s => s.Contains("320", StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.Contains(presentation[^25..], StringComparison.Ordinal));
    }

    [Fact]
    public void QuotesNeitherTheSignatureNorTheTableOfContents()
    {
        var sentences = Sentences("en", "Contribution of the Lakeside Digital Trust to the 2025 WSIS report\n\n" +
            "Contents: Universal access .................... 2 Capacity building .................... 3\n\n" +
            "In 2025 the Trust trained 320 district officials in cybersecurity and data protection.\n\n" +
            "Dr. Miriam Okafor, Executive Director, Lakeside Digital Trust\n");

        Assert.Contains(sentences, s => s.Contains("320 district officials", StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.Contains("Okafor", StringComparison.Ordinal) || s.Contains("....", StringComparison.Ordinal));
    }

    [Fact]
    public void QuotesAListItem_WithoutItsOwnNumber_OrItsFootnoteCall()
    {
        var sentences = Sentences("fr", "Contribution de l'Institut sahélien du numérique au rapport 2025\n\n" +
            "1) L'Institut a formé 210 techniciennes à la maintenance des réseaux communautaires [2].\n\n[2] Chiffres provisoires.\n");

        var sentence = Assert.Single(sentences, s => s.Contains("210 techniciennes", StringComparison.Ordinal));
        Assert.Contains("« L'Institut a formé 210 techniciennes à la maintenance des réseaux communautaires. »", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsAContributorWhoseNameSaysItsRegion_AtTheRegionalLevel()
    {
        var draft = Draft("en", "Contribution of the Caribbean Open Spectrum Alliance to the 2025 WSIS report\n\n" +
            "1. In 2025 the Alliance helped seven island regulators plan shared mobile broadband spectrum for disaster recovery.\n");

        var region = Assert.Single(draft.Sections.SelectMany(s => s.Subsections), s => s.Heading.EndsWith("Latin America and the Caribbean", StringComparison.Ordinal));
        Assert.Contains(region.Paragraphs.SelectMany(p => p.Sentences), s => s.Text.Contains("seven island regulators", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "Contribution of the Pacific Islands Telecommunications Association to the 2025 WSIS report\n\n1. In 2025 our members connected eleven outer-island villages by satellite.\n", "Asia and the Pacific", "eleven outer-island villages")]
    [InlineData("fr", "Contribution du Réseau des radios communautaires du Sahel au rapport 2025 sur le SMSI\n\n1. En 2025, le Réseau a formé 60 journalistes locaux à vérifier les rumeurs.\n", "Afrique", "60 journalistes")]
    [InlineData("en", "Contribution of the Andean Rural Radio Network to the 2025 WSIS report\n\n1. In 2025 the Network trained 90 presenters to verify rumours before airing them.\n", "Latin America and the Caribbean", "90 presenters")]
    [InlineData("en", "Contribution of the Organization of American States to the 2025 WSIS report\n\n1. In 2025 our cybersecurity programme trained 4,200 public officials and helped three Member States adopt national cybersecurity strategies.\n", "Latin America and the Caribbean", "4,200 public officials")]
    [InlineData("fr", "Contribution de la Commission interaméricaine des télécommunications au rapport 2025\n\n1. En 2025, nous avons adopté des recommandations sur l'usage de la bande des 6 GHz pour le Wi-Fi dans les Amériques.\n", "Amérique latine et Caraïbes", "bande des 6 GHz")]
    public void ReportsAContributorNamedAfterASubregion_UnderItsRegion(string language, string text, string region, string quoted)
    {
        var draft = Draft(language, text);

        var section = Assert.Single(draft.Sections.SelectMany(s => s.Subsections), s => s.Heading.EndsWith(region, StringComparison.Ordinal));
        Assert.Contains(section.Paragraphs.SelectMany(p => p.Sentences), s => s.Text.Contains(quoted, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("OBSERVATOIRE DES USAGES NUMÉRIQUES DU LITTORAL (OUNL)\n\nDouala, le 2 décembre 2025\n\nObjet : Contribution au rapport annuel sur le SMSI\n\n1. En 2025, nous avons formé 80 agents communaux à l'archivage électronique.\n",
        "« Contribution au rapport annuel sur le SMSI »")]
    [InlineData("Harbour City Digital Agency\n\nInput to the Secretary-General's report, 2025\n\nThe Harbour City Digital Agency (HCDA) trained 80 clerks in electronic archiving in 2025.\n\nIn 2025 we trained 80 municipal clerks in electronic archiving.\n",
        "“Input to the Secretary-General's report, 2025”")]
    [InlineData("RÉPUBLIQUE DU CAMEROUN\nPaix – Travail – Patrie\n\nSÉNAT\nCommission des affaires culturelles, sociales et de la communication\n\n" +
        "Note d'information pour le rapport 2025 sur le Sommet mondial sur la société de l'information\n\nEn 2025, un programme de formation aux outils numériques a été suivi par 80 fonctionnaires parlementaires.\n",
        "« Note d'information pour le rapport 2025 sur le Sommet mondial")]
    [InlineData("COMMISSION ÉCONOMIQUE POUR L'AMÉRIQUE LATINE ET LES CARAÏBES (CEPALC)\n\nNote sur les activités de la CEPALC relatives au Sommet mondial sur la société de l'information, 2025\n\n" +
        "En 2025, la Commission a formé 80 fonctionnaires de 18 pays à la mesure de l'économie numérique.\n",
        "« Note sur les activités de la CEPALC")]
    public void CitesTheLineThatSaysWhatTheDocumentIs_NotTheLetterheadOrTheDate(string text, string title)
    {
        var language = title.StartsWith('«') ? "fr" : "en";

        var notes = Draft(language, text).Sentences().Where(s => s.Text.Contains("80 ", StringComparison.Ordinal)).Select(s => s.Note).ToArray();

        Assert.NotEmpty(notes);
        Assert.All(notes, n => Assert.Contains(title, n, StringComparison.Ordinal));
    }

    [Fact]
    public void ReportsACompany_UnderItsActionLine_EvenWhenItsTradeNameSaysARegion()
    {
        var draft = Draft("en", "Contribution of Kestrel Caribbean Ltd. to the 2025 WSIS report\n\n" +
            "1. In 2025 the company laid 420 kilometres of fibre-optic cable connecting 35 rural schools to broadband.\n");

        Assert.DoesNotContain(draft.Sections.SelectMany(s => s.Subsections), s => s.Heading.EndsWith("Latin America and the Caribbean", StringComparison.Ordinal));
        Assert.Contains(draft.Sentences(), s => s.Text.Contains("420 kilometres", StringComparison.Ordinal));
    }

    [Fact]
    public void QuotesNotASignatureBlock_WrittenOverTwoLinesWithoutAFullStop()
    {
        var sentences = Sentences("en", "Makerere University\n\nInput to the annual report on WSIS implementation, 2025\n\n" +
            "Our college taught 1,150 market vendors in Kampala and Gulu to keep their sales records on a computer.\n\n" +
            "Dr. Agnes Nakato\nPrincipal, College of Computing and Information Sciences\n");

        Assert.Contains(sentences, s => s.Contains("1,150 market vendors", StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.Contains("Nakato", StringComparison.Ordinal) || s.Contains("Principal", StringComparison.Ordinal));
    }

    [Fact]
    public void QuotesABulletThatIsASentence_ButNotAClauseOfAList()
    {
        var sentences = Sentences("en", "Fundación Conectar\n\nFundación Conectar is a non-profit organisation working in rural Colombia since 2011.\n\n" +
            "- We set up eleven community Wi-Fi networks in Cauca and Nariño, run by local cooperatives.\n" +
            "- to reserve radio spectrum for community networks;\n");

        Assert.Contains(sentences, s => s.Contains("eleven community Wi-Fi networks", StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.Contains("reserve radio spectrum", StringComparison.Ordinal));
    }

        [Fact]
    public void CitesAnUntitledResolution_AsAResolution_NotByItsOrgansName()
    {
        // The sample's first lines are the organ's name and its session, which are no title.
        var documents = ClassifiedDocuments.Read([Path.Combine(ClassifiedDocuments.SamplesFolder, "cstd-draft-resolution-2025.txt")]).Select(d => d.Document).ToArray();
        var draft = ClassifiedDocuments.Builder.Build(ClassifiedDocuments.Compiler.Compile(2025, documents, null, DateTimeOffset.UnixEpoch), "en");

        var notes = draft.Sentences().Where(s => s.Text.Contains("e-health", StringComparison.Ordinal)).Select(s => s.Note).ToArray();

        Assert.NotEmpty(notes);
        Assert.All(notes, n => Assert.Equal("Economic and Social Council, resolution of 2025, para. 2.", n));
    }

    [Fact]
    public void CitesALettersSubjectLine_NotTheStateOnItsLetterhead()
    {
        var draft = Draft("en", "REPUBLIC OF GHANA\n\nMINISTRY OF COMMUNICATIONS AND DIGITALISATION\n\nAccra, 12 December 2025\n\n" +
            "The Head\nCSTD Secretariat\nPalais des Nations\n\nRef. MOCD/ICT/7\n\nDear Madam,\n\n" +
            "RE: GHANA'S INPUT TO THE ANNUAL REPORT ON WSIS IMPLEMENTATION, 2025\n\n" +
            "In 2025 the Ministry laid 1,800 kilometres of fibre to connect 640 district hospitals to broadband.\n");

        var notes = draft.Sentences().Where(s => s.Text.Contains("1,800 kilometres", StringComparison.Ordinal)).Select(s => s.Note).ToArray();

        Assert.NotEmpty(notes);
        Assert.All(notes, n => Assert.Contains("“GHANA'S INPUT TO THE ANNUAL REPORT", n, StringComparison.Ordinal));
    }

    [Fact]
    public void CitesALetterWithoutTitle_AsAContribution_NotByTheStateOnItsLetterhead()
    {
        var draft = Draft("fr", "RÉPUBLIQUE DU MALI\nUn Peuple – Un But – Une Foi\nASSEMBLÉE NATIONALE\n\nBamako, le 9 janvier 2026\n\n" +
            "Monsieur le Chef du secrétariat,\n\n" +
            "En 2025, l'Assemblée nationale a adopté une loi sur la protection des données personnelles qui crée une autorité de contrôle.\n");

        var notes = draft.Sentences().Where(s => s.Text.Contains("protection des données", StringComparison.Ordinal)).Select(s => s.Note).ToArray();

        Assert.NotEmpty(notes);
        Assert.All(notes, n => Assert.DoesNotContain("MALI", n, StringComparison.Ordinal));
    }

    [Fact]
    public void CitesATitleAfterItsLabel_WithACapital()
    {
        var draft = Draft("fr", "Questionnaire : contribution au rapport 2025 du Secrétaire général sur le SMSI\n\n" +
            "Entité : Institut sahélien du numérique\n\n" +
            "En 2025, l'Institut a raccordé 58 centres de santé ruraux au haut débit par fibre optique.\n");

        var notes = draft.Sentences().Where(s => s.Text.Contains("58 centres", StringComparison.Ordinal)).Select(s => s.Note).ToArray();

        Assert.NotEmpty(notes);
        Assert.All(notes, n => Assert.Contains("« Contribution au rapport 2025 du Secrétaire général", n, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "In 2025 the Trust connected 58 rural clinics to broadband through a shared fibre route.",
        "Lakeside Digital Trust · 14 Harbour Road, Port Louis · www.lakeside-trust.example\n\nPermanent mission of the Trust to the United Nations Office at Geneva")]
    [InlineData("fr", "En 2025, l'Institut a raccordé 58 centres de santé ruraux au haut débit par fibre optique.",
        "Mission permanente de la République du Fleuve auprès de l'Office des Nations Unies à Genève")]
    public void QuotesNotTheLinesThatCloseAContribution_WithoutASentencesEnd(string language, string work, string closing)
    {
        var sentences = Sentences(language, "Contribution of the Lakeside Digital Trust to the 2025 WSIS report\n\n1. " + work + "\n\n" + closing + "\n");

        Assert.Contains(sentences, s => s.Contains("58 ", StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.Contains("Harbour Road", StringComparison.Ordinal) || s.Contains("ermanent", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("RÉSEAU DES UNIVERSITÉS NUMÉRIQUES D'AFRIQUE CENTRALE\n\nSecrétariat permanent – Université de Yaoundé I – BP 337 Yaoundé\n\n" +
        "Contribution au rapport annuel du Secrétaire général sur le SMSI – année 2025\n\n", "BP 337")]
    [InlineData("CONSEIL NATIONAL DES TÉLÉCOMMUNICATIONS\n\nPort-au-Prince, le 21 janvier 2026\n\n" +
        "À l'attention du secrétariat de la Commission de la science et de la technique au service du développement\n\n" +
        "Objet : Contribution au rapport 2025 sur le SMSI\n\n", "attention")]
    public void QuotesNotTheLinesThatOpenAContribution_BeforeItsFirstSentence(string head, string line)
    {
        var sentences = Sentences("fr", head + "En 2025, le Réseau a ouvert une plateforme commune de 140 cours en ligne, suivis par 18 300 étudiants.\n");

        Assert.Contains(sentences, s => s.Contains("18 300 étudiants", StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.Contains(line, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "Input of the World Meteorological Organization to the 2025 WSIS report\n\n## Mandate\n\n" +
        "The work reported below answers General Assembly resolution 70/125. It also draws on the Early Warnings for All initiative launched in 2022.\n\n" +
        "## Activities in 2025\n\nIn 2025 WMO financed 96 automatic weather stations in small island developing States.\n", "Early Warnings", "96 automatic")]
    [InlineData("fr", "Contribution de l'Organisation météorologique mondiale au rapport 2025 sur le SMSI\n\n## 1. Contexte\n\n" +
        "L'initiative Alertes précoces pour tous, lancée en 2022, vise à protéger chaque personne sur Terre d'ici à 2027.\n\n" +
        "## 2. Activités\n\nEn 2025, l'OMM a financé 96 stations météorologiques automatiques dans les petits États insulaires.\n", "Alertes précoces", "96 stations")]
    public void QuotesNothingOfAMandateOrBackgroundSection_AsAnActivity(string language, string text, string background, string work)
    {
        var path = Path.Combine(_folder, $"contribution-{Guid.NewGuid():N}.md");
        File.WriteAllText(path, text);
        var documents = ClassifiedDocuments.Read([path]).Select(d => d.Document).ToArray();
        var sentences = ClassifiedDocuments.Builder.Build(ClassifiedDocuments.Compiler.Compile(2025, documents, null, DateTimeOffset.UnixEpoch), language)
            .Sentences().Select(s => s.Text).ToArray();

        Assert.Contains(sentences, s => s.Contains(work, StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.Contains(background, StringComparison.Ordinal));
    }

    [Fact]
    public void QuotesNotTheSentenceThatPresentsAKnownContributor_UnderItsFullName()
    {
        var sentences = Sentences("en", "FAO contribution to the 2025 WSIS report\n\n" +
            "1. The Food and Agriculture Organization of the United Nations (FAO) is the facilitator of action line C7 on e-agriculture.\n\n" +
            "2. In 2025 FAO trained 2,600 extension officers in 31 countries to use digital tools in their work with farmers.\n");

        Assert.Contains(sentences, s => s.Contains("2,600 extension officers", StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.Contains("facilitator", StringComparison.Ordinal));
    }

    [Fact]
    public void CitesATitlePrintedOverSeveralLines_Whole()
    {
        var path = Path.Combine(_folder, $"contribution-{Guid.NewGuid():N}.md");
        File.WriteAllText(path, "Food and Agriculture Organization of the United Nations\n\n# FAO contribution to the report of the\n\n# Secretary-General on progress made\n\n# in the follow-\n\n" +
            "# up to the World Summit on the Information Society\n\n## Activities\n\nIn 2025 FAO trained 2,600 extension officers in 31 countries to use digital tools with farmers.\n");
        var documents = ClassifiedDocuments.Read([path]).Select(d => d.Document).ToArray();
        var draft = ClassifiedDocuments.Builder.Build(ClassifiedDocuments.Compiler.Compile(2025, documents, null, DateTimeOffset.UnixEpoch), "en");

        var notes = draft.Sentences().Where(s => s.Text.Contains("2,600", StringComparison.Ordinal)).Select(s => s.Note).ToArray();

        Assert.NotEmpty(notes);
        Assert.All(notes, n => Assert.Contains("“FAO contribution to the report of the Secretary-General on progress made in the follow-up to the World Summit …”", n, StringComparison.Ordinal));
    }

    [Fact]
    public void QuotesEveryContributorOnce_When_ItsLinesSectionIsFullOfHeavierOnes()
    {
        // Nine contributors report under one line; a section quotes eight, and the lightest is named in the introduction.
        (string Town, string Work)[] heavy =
        [
            ("Arusha", "laid 120 kilometres of fibre-optic cable between Arusha and Moshi, connecting 41 rural schools and 12 district hospitals to broadband."),
            ("Bukoba", "built 16 solar-powered mobile towers along Lake Victoria, bringing 4G coverage to 230,000 fishers and their families in Kagera."),
            ("Chake", "installed a submarine cable landing station at Chake Chake with Pemba Telecom, lowering wholesale bandwidth prices by 35 per cent."),
            ("Dodoma", "opened 28 public Wi-Fi hotspots in Dodoma markets and bus stations, used by 96,000 people a month in the second half of the year."),
            ("Geita", "extended the national backbone to 19 gold-mining villages around Geita, where 2,400 households now buy fixed wireless access."),
            ("Iringa", "equipped 33 health centres in Iringa and Njombe with satellite terminals funded by the Universal Communications Service Access Fund."),
            ("Kigoma", "connected the refugee camps of Nyarugusu and Nduta to microwave links serving 150,000 residents and 60 aid agencies."),
            ("Lindi", "deployed 210 kilometres of aerial fibre on power poles from Lindi to Mtwara with the Tanzania Electric Supply Company."),
        ];
        string[] towns = heavy.Select(h => h.Town).ToArray();
        var paths = heavy.Select(h => Write($"{h.Town} Community Network", $"In 2025 the {h.Town} Community Network {h.Work}"))
            .Append(Write("Zanzibar Youth Network", "In 2025 the Zanzibar Youth Network connected 9 rural schools to broadband."))
            .ToArray();
        var documents = ClassifiedDocuments.Read(paths).Select(d => d.Document).ToArray();
        var sentences = ClassifiedDocuments.Builder.Build(ClassifiedDocuments.Compiler.Compile(2025, documents, null, DateTimeOffset.UnixEpoch), "en")
            .Sentences().Select(s => s.Text).ToArray();

        Assert.All(towns, town => Assert.Contains(sentences, s => s.Contains($"the {town} Community Network", StringComparison.Ordinal)));
        Assert.Contains(sentences, s => s.Contains("9 rural schools", StringComparison.Ordinal));
    }

    private string Write(string name, string work)
    {
        var path = Path.Combine(_folder, $"contribution-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, $"Contribution of the {name} to the 2025 WSIS report\n\n1. {work}\n");
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("fr", "Contribution de l'Assemblée nationale du Bénin au rapport 2025\n\n1. L'Assemblée nationale est l'organe législatif de la République du Bénin ; elle vote les lois sur les communications électroniques, la protection des données et la cybersécurité.\n\n" +
        "2. En 2025, l'Assemblée nationale a adopté la loi sur la cybersécurité des infrastructures critiques et une loi sur les services de confiance électroniques.\n", "organe législatif")]
    [InlineData("en", "Contribution of the Judiciary of Kenya to the 2025 WSIS report\n\n1. The Judiciary is the arm of government that runs the courts of the Republic of Kenya, with an electronic case filing system, virtual courts and an open-access online law reports portal.\n\n" +
        "2. In 2025 the Judiciary extended electronic case filing to all its courts, and 612,000 cases were filed online with court fees paid through mobile money.\n", "arm of government")]
    [InlineData("fr", "Contribution du Bureau de la coordination des affaires humanitaires (OCHA) au rapport 2025\n\n1. Le Bureau de la coordination des affaires humanitaires (OCHA) est chargé, au sein du Secrétariat, de coordonner l'action humanitaire internationale.\n\n" +
        "2. En 2025, OCHA a raccordé 230 organisations humanitaires au haut débit par satellite et a formé 520 agents à la gestion des données lors de 14 interventions.\n", "est chargé")]
    public void QuotesNoPresentation_ThatCallsTheContributorWithoutItsPlace_OrSaysWhatItIsChargedWith(string language, string text, string presentation)
    {
        var sentences = Sentences(language, text);

        Assert.Contains(sentences, s => s.Contains("2025", StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.Contains(presentation, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "Mekong Youth Code Foundation\n\nInput to the 2025 WSIS report\n\nThe Mekong Youth Code Foundation is a non-profit organisation founded in 2018 that teaches programming to young people. " +
        "In 2025, the Foundation trained 3,850 secondary school students in coding and robotics in 64 schools.\n", "In 2025, the Foundation trained 3,850", "non-profit")]
    [InlineData("fr", "Contribution de l'Observatoire sahélien du numérique au rapport 2025\n\nL'Observatoire sahélien du numérique est une association fondée en 2015 à Niamey. " +
        "En 2025, l'Observatoire a formé 1 200 enseignants à l'utilisation des ressources éducatives libres dans 40 écoles.\n", "En 2025, l'Observatoire a formé 1 200", "association fondée")]
    public void QuotesWhatAParagraphReports_AfterItPresentsTheContributor(string language, string text, string activity, string presentation)
    {
        var sentences = Sentences(language, text);

        Assert.Contains(sentences, s => s.Contains(activity, StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.Contains(presentation, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "Contribution of the Lakeside Digital Trust to the 2025 WSIS report\n\n## Activities\n\nIn 2025 the Trust connected 58 rural clinics to broadband through a shared fibre route.\n\n" +
        "## 3. Outlook\n\nIn 2026, the Trust will extend the fibre route to 40 further clinics in the northern districts.\n", "58 rural clinics", "40 further clinics")]
    [InlineData("fr", "Contribution de l'Institut sahélien du numérique au rapport 2025\n\n## Activités\n\nEn 2025, l'Institut a raccordé 58 centres de santé ruraux au haut débit par fibre optique.\n\n" +
        "## Perspectives\n\nEn 2026, l'Institut raccordera 40 autres centres de santé dans les régions du nord.\n", "58 centres de santé", "40 autres centres")]
    public void QuotesNoPlanForTheNextYear_FromAnOutlookSection(string language, string text, string activity, string plan)
    {
        var sentences = Sentences(language, text);

        Assert.Contains(sentences, s => s.Contains(activity, StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.Contains(plan, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "Contribution of the Lakeside Digital Trust to the 2025 WSIS report\n\n## Executive summary\n\nIn 2025 the Trust connected 58 rural clinics to broadband, trained 1,200 nurses in telemedicine and opened 15 digital hubs.\n\n" +
        "## Details of activities\n\nThe Trust connected 58 rural clinics to broadband through a shared fibre route along the lake shore.\n\n" +
        "Its telemedicine course trained 1,200 nurses, who now hold video consultations with the regional hospital.\n\nThe Trust also opened 15 digital hubs in market towns, each with ten computers and a facilitator.\n",
        "In 2025 the Trust connected 58 rural clinics to broadband, trained")]
    [InlineData("fr", "Contribution de l'Institut sahélien du numérique au rapport 2025\n\n## Résumé\n\nEn 2025, l'Institut a raccordé 58 centres de santé au haut débit et formé 1 200 infirmières à la télémédecine.\n\n" +
        "## Activités\n\nL'Institut a raccordé 58 centres de santé ruraux au haut débit par une fibre optique partagée.\n\n" +
        "Son cours de télémédecine a formé 1 200 infirmières, qui tiennent désormais des téléconsultations avec l'hôpital régional.\n",
        "En 2025, l'Institut a raccordé 58 centres de santé au haut débit et formé")]
    public void QuotesNoExecutiveSummary_WhoseEveryFigureTheDetailsGiveAgain(string language, string text, string summary)
    {
        var sentences = Sentences(language, text);

        Assert.Contains(sentences, s => s.Contains("58", StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.Contains(summary, StringComparison.Ordinal));
    }

    [Fact]
    public void QuotesAnExecutiveSummary_ThatGivesAFigureTheDetailsLack()
    {
        var sentences = Sentences("en", "Contribution of the Lakeside Digital Trust to the 2025 WSIS report\n\n## Executive summary\n\nIn 2025 the Trust's broadband programme reached 2.1 million people in 34 districts and connected 58 rural clinics.\n\n" +
            "## Details of activities\n\nThe Trust connected 58 rural clinics to broadband through a shared fibre route along the lake shore.\n");

        Assert.Contains(sentences, s => s.Contains("2.1 million people", StringComparison.Ordinal));
    }

    private string[] Sentences(string language, string text) => Draft(language, text).Sentences().Select(s => s.Text).ToArray();

    private DraftReport Draft(string language, string text)
    {
        var path = Path.Combine(_folder, $"contribution-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, text);
        var documents = ClassifiedDocuments.Read([path]).Select(d => d.Document).ToArray();
        return ClassifiedDocuments.Builder.Build(ClassifiedDocuments.Compiler.Compile(2025, documents, null, DateTimeOffset.UnixEpoch), language);
    }
}
