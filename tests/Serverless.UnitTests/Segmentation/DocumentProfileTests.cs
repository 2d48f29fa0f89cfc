using Serverless.Shared.Segmentation;
using Serverless.UnitTests.Reading;

namespace Serverless.UnitTests.Segmentation;

public sealed class DocumentProfileTests
{
    [Theory]
    [InlineData("000_b6a7f7a314a0c2c3.txt", "fr", DocumentKinds.Resolution, "E/RES/2025/18", 2025, "ECOSOC")]
    [InlineData("001_c994054558bf5bc9.txt", "fr", DocumentKinds.Resolution, "A/RES/75/202", 2020, "GA")]
    [InlineData("002_f1425ecc0daaa0de.txt", "fr", DocumentKinds.CouncilDocument, null, null, "ITU-COUNCIL")]
    [InlineData("003_93a91d9ffa97d902.txt", "fr", DocumentKinds.SecretaryGeneralReport, null, 2024, "SG")]
    [InlineData("004_ed308b90e20e3f2d.txt", "fr", DocumentKinds.CouncilDocument, null, null, "ITU-COUNCIL")]
    public void DetectsProfile_When_CorpusDocumentIsParsed(string fileName, string language, string kind, string? symbol, int? year, string body)
    {
        if (!CorpusFiles.Available)
        {
            return; // the corpus is not part of the repository; GoldenSegmentationTests report the skip
        }

        // Act
        var profile = Parsing.Parse(fileName, File.ReadAllBytes(CorpusFiles.PathOf(fileName))).Profile;

        // Assert
        Assert.Equal((language, kind, symbol, body), (profile.Language, profile.Kind, profile.Symbol, profile.IssuingBody));
        if (year is not null)
        {
            Assert.Equal(year, profile.Year);
        }

        Assert.True(profile.Evidence.ContainsKey("kind"));
    }

    [Fact]
    public void DetectsAdoptionDateAndSession_When_ResolutionHeaderIsPresent()
    {
        // Arrange
        const string text = "Nations Unies E/RES/2025/18\n\nSession de 2025\n\n# Résolution adoptée par le Conseil économique et social le 29 juillet 2025\n\nLe Conseil économique et social,\n\nRappelant sa résolution 2006/46,\n\n- 1. Prie le Secrétaire général de présenter un rapport ;\n";

        // Act
        var profile = Parsing.Parse("resolution.txt", text).Profile;

        // Assert
        Assert.Equal(new DateOnly(2025, 7, 29), profile.Date);
        Assert.Equal("Session de 2025", profile.Session);
        Assert.Equal("E/RES/2025/18", profile.Symbol);
        Assert.Equal("ECOSOC", profile.IssuingBody);
    }

    [Theory]
    [InlineData("RESOLUTION 140 (REV. BUCHAREST, 2022)\n\nITU's role in implementing the outcomes of the Summit\n\nThe Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),\n\nrecalling\n\na)\tthe work of the Council Working Group on WSIS and the SDGs;\n\nresolves\n\n1\tto continue to implement the outcomes;\n")]
    [InlineData("RÉSOLUTION 140 (RÉV. BUCAREST, 2022)\n\nRôle de l'UIT dans la mise en œuvre des résultats du Sommet\n\nLa Conférence de plénipotentiaires de l'Union internationale des télécommunications (Bucarest, 2022),\n\nrappelant\n\na)\tles travaux du Groupe de travail du Conseil sur le SMSI et les ODD;\n\ndécide\n\n1\tde poursuivre la mise en œuvre des résultats;\n")]
    public void TakesThePlenipotentiaryConferenceForTheIssuer_When_ItsResolutionNamesTheCouncilsWorkingGroup(string text)
    {
        var profile = Parsing.Parse("resolution.txt", text).Profile;

        Assert.Equal(DocumentKinds.Resolution, profile.Kind);
        Assert.Equal("ITU-PP", profile.IssuingBody);
    }

    [Theory]
    [InlineData("Bamako, le 9 janvier 2026", 2025)]
    [InlineData("Bamako, le 9 mars 2026", 2025)]
    [InlineData("Bamako, le 9 mai 2026", 2026)]
    [InlineData("Bamako, le 9 décembre 2025", 2025)]
    public void FilesAContributionSentEarlyInTheNewYear_UnderTheYearItReportsOn(string dateLine, int year)
    {
        var text = "ASSEMBLÉE NATIONALE\n\n" + dateLine + "\n\nObjet : contribution au rapport annuel sur le SMSI\n\n" +
                   "En 2025, l'Assemblée nationale a adopté une loi sur la protection des données personnelles.\n";

        var profile = Parsing.Parse("lettre.txt", text).Profile;

        Assert.Equal(DocumentKinds.Contribution, profile.Kind);
        Assert.Equal(year, profile.Year);
    }

    [Theory]
    [InlineData("# Input of the Communications Authority to the WSIS report – financial year 2024/25\n\nThis input reports on the 2024/25 financial year (July 2024 to June 2025).\n\n" +
        "In 2024/25, the Authority licensed 21 new community broadcasting services.\n")]
    [InlineData("# Contribution de l'Autorité au rapport sur le SMSI – exercice 2024-25\n\nLa présente note couvre l'exercice 2024-25, de juillet 2024 à juin 2025.\n\n" +
        "Au cours de l'exercice 2024-25, l'Autorité a attribué 21 nouvelles fréquences de radio communautaire.\n")]
    [InlineData("# Input of Kestrel Networks Ltd to the WSIS report\n\nThis input covers FY2025 and compares it with 2024.\n\n" +
        "In FY2025, Kestrel connected 310 villages, against 120 in 2024; its FY2025 revenue from rural services doubled.\n")]
    public void DatesAFinancialYear_ByTheYearItEndsIn(string text)
    {
        var profile = Parsing.Parse("contribution.md", text).Profile;

        Assert.Equal(2025, profile.Year);
    }

    [Fact]
    public void KeepsAResolutionsNumber_ForNoFinancialYear()
    {
        const string text = "# Contribution of the Council to the WSIS report\n\nIn 2024, the Council acted on resolution 2024/18 and on resolution 2024/19, and reported in 2024 on both.\n";

        var profile = Parsing.Parse("contribution.md", text).Profile;

        Assert.Equal(2024, profile.Year);
    }

    [Fact]
    public void KeepsAResolutionsDate_ForItsYear_WhateverYearItNames()
    {
        const string text = "Nations Unies\n\n# Résolution adoptée par le Conseil économique et social le 15 janvier 2026\n\n" +
                            "Le Conseil économique et social,\n\nRappelant les progrès accomplis en 2025 et en 2025,\n\n- 1. Prie le Secrétaire général de présenter un rapport ;\n";

        var profile = Parsing.Parse("resolution.txt", text).Profile;

        Assert.Equal(2026, profile.Year);
    }
}

public sealed class PlannedWorkYearTests
{
    [Theory]
    [InlineData("# Input of the Global Union of Postal Workers to the WSIS follow-up report\n\n## Key activities in 2025\n\n" +
        "- We trained 800 union negotiators on digital rights in March 2025.\n- We surveyed 4,000 delivery workers in June 2025.\n\n" +
        "## Next steps\n\n- In 2026 we will publish an index of workers' digital rights.\n- A training programme will start in the second half of 2026.\n\n" +
        "The 2026 report should recognise trade unions.\n")]
    [InlineData("# Contribution de l'Agence des villes numériques au rapport annuel sur le SMSI\n\nNairobi, janvier 2026\n\n" +
        "## Activités réalisées en 2025\n\nEn 2025, l'Agence a publié des lignes directrices, approuvées en mai 2025.\n\n" +
        "## Activités prévues\n\nEn 2026, l'Agence lancera un indice couvrant 100 villes.\n\nL'Agence prévoit également de publier en 2026 un guide à l'intention des maires.\n")]
    public void DatesAContribution_ByWhatItDid_NotByTheYearOfItsPlans(string text)
    {
        var profile = Parsing.Parse("contribution.md", text).Profile;

        Assert.Equal(2025, profile.Year);
    }
}
