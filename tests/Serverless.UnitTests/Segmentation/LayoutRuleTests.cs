using Serverless.Shared.Segmentation;
using Serverless.UnitTests.Reading;

namespace Serverless.UnitTests.Segmentation;

/// <summary>The UN layout rules on short texts written for each artefact of <c>docs/domain.md</c>.</summary>
public sealed class LayoutRuleTests
{
    [Fact]
    public void JoinsParagraph_When_PageFurnitureCutsIt()
    {
        // Arrange
        const string text = "Le Conseil économique et social,\n\nRappelant sa résolution 2006/46,\n\nRappelant également la résolution 70/125,\n\n" +
                            "- 1. Prie le Secrétaire général de présenter un rapport à la Commission de la science et\n\n" +
                            "25-13008 **5/20**\n\n" +
                            "de la technique au service du développement ;\n" +
                            "- 2. Décide de poursuivre l'examen de la question.\n";

        // Act
        var paragraphs = Parsing.Parse("resolution.txt", text).Paragraphs;

        // Assert
        var operative = paragraphs.Where(p => p.Kind == ParagraphKind.Operative).ToList();
        Assert.Equal(["1", "2"], operative.Select(p => p.Number));
        Assert.Equal("Prie le Secrétaire général de présenter un rapport à la Commission de la science et de la technique au service du développement ;", operative[0].Text);
        Assert.Equal(2, paragraphs.Count(p => p.Kind == ParagraphKind.Preambular));
    }

    [Theory]
    [InlineData("contribution.txt")]
    [InlineData("contribution.md")]
    public void JoinsALineEndingInAHyphen_WithoutASpace_When_TheNextLineContinuesTheWord(string fileName)
    {
        // Arrange: paragraphs apart by blank lines (Markdown-like text), lines wrapped after compounds' hyphens.
        const string text = "The programme trained staff in capacity-\nbuilding for small and medium-sized\nenterprises and the e-\n" +
                            "government services of the Asia-\nPacific region, as the Secretary-\nGeneral asked in 2024-\nThe plan ends in 2030.\n\n" +
                            "A second paragraph follows.\n";

        // Act
        var paragraphs = Parsing.Parse(fileName, text).Paragraphs;

        // Assert: before, "capacity- building" and "e- government", a suspended hyphen the writer never wrote.
        Assert.Equal(2, paragraphs.Count);
        Assert.Equal("The programme trained staff in capacity-building for small and medium-sized enterprises and the e-government services of the Asia-Pacific region, as the Secretary-General asked in 2024- The plan ends in 2030.", paragraphs[0].Text);
    }

    [Theory]
    [InlineData("extraction.txt")]
    [InlineData("extraction.md")]
    public void JoinsAWordDividedAtALineEnd_When_TheDocumentWritesItWholeElsewhere(string fileName)
    {
        // Arrange: lines wrapped at 75 characters, two words divided at their ends, one compound.
        const string text = "Development partners met in Geneva in March to review the national broadband\n" +
                            "plans of the rural communities they serve, and the capacity building that\nthe plans need in each district.\n\n" +
                            "The national plan supports the sustainable and inclusive develop-\nment of rural communities through public funds for local capacity-\n" +
                            "building in every district, and the regulator reports on the communi-\nties reached each year to the ministry and to the national assembly.\n";

        // Act
        var paragraphs = Parsing.Parse(fileName, text).Paragraphs;

        // Assert: "development" and "communities" are words the document writes whole; "capacitybuilding" it does not.
        Assert.Equal(2, paragraphs.Count);
        Assert.Contains("inclusive development of rural communities through public funds for local capacity-building in", paragraphs[1].Text, StringComparison.Ordinal);
        Assert.Contains("reports on the communities reached", paragraphs[1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain('\uE000', paragraphs[1].Text);
    }

    [Fact]
    public void LinksFootnoteToItsParagraph_When_MarkdownExportHasSuperscripts()
    {
        // Arrange
        const string text = "Rappelant les textes issus du Sommet mondial<sup>1</sup>,\n\n<sup>&</sup>lt;sup>1</sup> Voir A/C.2/59/3 et A/60/687.\n\n- 1. Accueille avec satisfaction la résolution [70/125](#) ;\n";

        // Act
        var paragraphs = Parsing.Parse("resolution.txt", text).Paragraphs;

        // Assert
        Assert.Equal("Rappelant les textes issus du Sommet mondial,", paragraphs[0].Text);
        Assert.Equal(["Voir A/C.2/59/3 et A/60/687."], paragraphs[0].Footnotes!);
        Assert.Equal("Accueille avec satisfaction la résolution 70/125 ;", paragraphs[1].Text);
        Assert.DoesNotContain(paragraphs, p => p.Kind == ParagraphKind.Footnote);
    }

    [Fact]
    public void ReadsTabNumbersAndInlineFootnotes_When_TextIsDocxExport()
    {
        // Arrange
        const string text = "II\tAperçu des déclarations\n" +
                            "2.6\tLes feuilles de route pour les grandes orientations C2 et C4 ont été présentées[footnoteRef:1]. [1: \tVoir le document C24/12.]\n" +
                            "a)\tles activités menées par l'UIT;\n" +
                            "–\tCélébrer le 20ème anniversaire du SMSI.\n" +
                            "[bookmark: ANNEXE]ANNEXE\n";

        // Act
        var paragraphs = Parsing.Parse("council.txt", text).Paragraphs;

        // Assert
        Assert.Equal((ParagraphKind.Heading, "II", "Aperçu des déclarations"), (paragraphs[0].Kind, paragraphs[0].Number, paragraphs[0].Text));
        Assert.Equal(("2.6", "Les feuilles de route pour les grandes orientations C2 et C4 ont été présentées."), (paragraphs[1].Number, paragraphs[1].Text));
        Assert.Equal(["Voir le document C24/12."], paragraphs[1].Footnotes!);
        Assert.Equal((ParagraphKind.ListItem, "a"), (paragraphs[2].Kind, paragraphs[2].Number));
        Assert.Equal((ParagraphKind.ListItem, (string?)null), (paragraphs[3].Kind, paragraphs[3].Number));
        Assert.Equal((ParagraphKind.Heading, "ANNEXE"), (paragraphs[4].Kind, paragraphs[4].Text));
    }

    [Fact]
    public void RebuildsWrappedParagraphs_When_TextIsPdfExtractionWithBlankLines()
    {
        // Arrange: every line followed by a blank line, a footnote block at the page foot, the paragraph continuing after it.
        string[] lines =
        [
            " b) Infrastructure de l’information et des communications (C2) ",
            "12. L’UIT a publié un rapport sur la connectivité universelle et efficace dans les pays les ",
            "moins avancés, qui présente les progrès accomplis depuis la tenue du Sommet mondial (SMSI)1. Le ",
            "rapport examine les coûts des services mobiles et les obstacles qui limitent l’accès des femmes ",
            "  ",
            " 1 https://www.itu.int/itu-d/reports/statistics/",
            "https://www.itu.int/itu-d/reports/statistics/",
            " à Internet dans les zones rurales. ",
            "13. La CNUCED a organisé la Semaine de l’économie numérique, à Genève, en décembre 2024, avec ",
            "plus de 3 000 participants venus de 130 pays et représentant toutes les parties prenantes. ",
        ];
        var text = string.Join("\n\n", lines) + "\n";

        // Act
        var paragraphs = Parsing.Parse("report.txt", text).Paragraphs;

        // Assert
        Assert.Equal(3, paragraphs.Count);
        Assert.Equal((ParagraphKind.Heading, "b", "Infrastructure de l’information et des communications (C2)"), (paragraphs[0].Kind, paragraphs[0].Number, paragraphs[0].Text));
        Assert.Equal("12", paragraphs[1].Number);
        Assert.EndsWith("(SMSI). Le rapport examine les coûts des services mobiles et les obstacles qui limitent l’accès des femmes à Internet dans les zones rurales.", paragraphs[1].Text);
        Assert.Equal(["https://www.itu.int/itu-d/reports/statistics/"], paragraphs[1].Footnotes!);
        Assert.Equal("13", paragraphs[2].Number);
    }

    [Fact]
    public void EndsAParagraphAtTwoBlankLines_When_EveryLineIsFollowedByOne()
    {
        // Arrange: a contribution typed double-spaced, wrapped at 70 columns, unnumbered; two blanks between paragraphs.
        string[] paragraphs =
        [
            "The Ministry connected 140 rural schools to the national fibre network\n\nin 2025 and trained 600 teachers to use the new connections\n\nin class.",
            "In parallel, the Ministry opened a public consultation on the draft\n\ndata protection law, which Parliament adopted in November.",
            "Finally, the statistics office published its first survey of\n\nhousehold internet use.",
        ];
        var text = string.Join("\n\n\n", paragraphs) + "\n";

        // Act
        var found = Parsing.Parse("contribution.txt", text).Paragraphs;

        // Assert
        Assert.Equal(
            [
                "The Ministry connected 140 rural schools to the national fibre network in 2025 and trained 600 teachers to use the new connections in class.",
                "In parallel, the Ministry opened a public consultation on the draft data protection law, which Parliament adopted in November.",
                "Finally, the statistics office published its first survey of household internet use.",
            ],
            found.Select(p => p.Text));
    }

    [Theory]
    [InlineData("25-13008 **5/20**")]
    [InlineData("**3/20**")]
    [InlineData("GE.25-01234 (F)")]
    [InlineData("E/RES/2025/18 5/20 25-13008")]
    [InlineData("Page 3 of 20")]
    [InlineData("A/81/64 12 March 2026")]
    [InlineData("4 mai 2026 E/2026/48")]
    [InlineData("__________________")]
    public void DropsLine_When_ItIsPageFurniture(string furniture)
    {
        // Arrange
        var text = $"Le SMSI progresse dans toutes les régions.\n\n{furniture}\n\nLa CNUCED a publié son rapport.\n";

        // Act
        var paragraphs = Parsing.Parse("note.txt", text).Paragraphs;

        // Assert
        Assert.Equal(["Le SMSI progresse dans toutes les régions.", "La CNUCED a publié son rapport."], paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void KeepsFootnoteApart_When_DocxParagraphCallsOne()
    {
        // Arrange
        var docx = DocxSampleWriter.Write(SampleDocuments.ItuContribution, footnote: "ITU, Facts and Figures 2024.");

        // Act
        var paragraphs = Parsing.Parse("contribution.docx", docx).Paragraphs;

        // Assert
        var calling = paragraphs.Single(p => p.Footnotes is not null);
        Assert.StartsWith("This contribution responds", calling.Text);
        Assert.Equal(["ITU, Facts and Figures 2024."], calling.Footnotes!);
        Assert.DoesNotContain(paragraphs, p => p.Kind == ParagraphKind.Footnote);
    }

    [Fact]
    public void MakesEachLeadInTheHeadingOfItsItems_When_PlenipotentiaryResolutionWritesThemInLowerCase()
    {
        // Arrange: the Plenipotentiary Conference's layout, every paragraph ending with a comma or nothing.
        const string text = "The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),\n\n" +
                            "recalling\n\na)\tthe relevant resolutions of the General Assembly;\n\nb)\tResolution 1332 of the Council,\n\n" +
                            "considering\n\nthat the Summit entrusted ITU with three action lines,\n\n" +
                            "resolves\n\n1\tto continue to implement the outcomes of the Summit;\n\n2\tthat ITU shall help developing countries build rural networks,\n\n" +
                            "instructs the Director of the Telecommunication Development Bureau\n\n1\tto assist Member States in training network engineers,\n\n" +
                            "invites Member States\n\nto contribute to the work of the Council Working Group.\n";

        // Act
        var paragraphs = Parsing.Parse("resolution.txt", text).Paragraphs;

        // Assert
        Assert.Equal(
            [
                (ParagraphKind.Paragraph, "The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),"),
                (ParagraphKind.Heading, "recalling"),
                (ParagraphKind.ListItem, "the relevant resolutions of the General Assembly;"),
                (ParagraphKind.ListItem, "Resolution 1332 of the Council,"),
                (ParagraphKind.Heading, "considering"),
                (ParagraphKind.Preambular, "that the Summit entrusted ITU with three action lines,"),
                (ParagraphKind.Heading, "resolves"),
                (ParagraphKind.Operative, "to continue to implement the outcomes of the Summit;"),
                (ParagraphKind.Operative, "that ITU shall help developing countries build rural networks,"),
                (ParagraphKind.Heading, "instructs the Director of the Telecommunication Development Bureau"),
                (ParagraphKind.Operative, "to assist Member States in training network engineers,"),
                (ParagraphKind.Heading, "invites Member States"),
                (ParagraphKind.Operative, "to contribute to the work of the Council Working Group."),
            ],
            paragraphs.Select(p => (p.Kind, p.Text)));
        Assert.Equal("instructs the Director of the Telecommunication Development Bureau", paragraphs.Single(p => p.Text.StartsWith("to assist", StringComparison.Ordinal)).Section);
    }

    [Fact]
    public void GivesEveryClauseItsPart_When_LeadInHasSeveralBareClauses()
    {
        // Arrange: ITU sets a lead-in's unnumbered clauses one after another, each ending with a comma; then narrative
        // text after a full stop, which no lead-in governs.
        const string text = "Le Conseil,\n\nconsidérant\n\nque la fracture numérique reste profonde,\n\n" +
                            "que les grandes orientations coordonnées par l'UIT sont la condition des autres,\n\n" +
                            "que le Forum réunit chaque année toutes les parties prenantes,\n\n" +
                            "invite les États Membres\n\nà participer aux travaux du Groupe de travail.\n\n" +
                            "la présente résolution remplace la Résolution 1332.\n";

        // Act
        var paragraphs = Parsing.Parse("resolution.txt", text).Paragraphs;

        // Assert
        Assert.Equal(
            [
                ParagraphKind.Paragraph, ParagraphKind.Heading, ParagraphKind.Preambular, ParagraphKind.Preambular, ParagraphKind.Preambular,
                ParagraphKind.Heading, ParagraphKind.Operative, ParagraphKind.Paragraph,
            ],
            paragraphs.Select(p => p.Kind));
    }

    [Fact]
    public void KeepsPreambularParagraphsApart_When_APageBreakFallsAfterTheComma()
    {
        // Arrange: a preambular paragraph ends with a comma, which alone would let the next page continue it.
        const string text = "L'Assemblée générale,\n\nRappelant sa résolution 70/125,\n\n25-13008 **5/20**\n\n" +
                            "Réaffirmant les engagements pris au Sommet mondial,\n\n- 1. Prie le Secrétaire général de présenter un rapport ;\n";

        // Act
        var paragraphs = Parsing.Parse("resolution.txt", text).Paragraphs;

        // Assert
        Assert.Equal(
            ["Rappelant sa résolution 70/125,", "Réaffirmant les engagements pris au Sommet mondial,"],
            paragraphs.Where(p => p.Kind == ParagraphKind.Preambular).Select(p => p.Text));
    }

    [Theory]
    [InlineData("e-Estonia Briefing Centre is the government's showroom for digital society.")]
    [InlineData("iHub is the city's innovation hub for the technology community.")]
    public void KeepsAParagraphApart_When_ItOpensOnANameWrittenWithASmallFirstLetter(string presentation)
    {
        // Arrange: a date line has no sentence's end, and a paragraph in lower case would continue it.
        var text = "Contribution to the WSIS 2025 progress report\n\nTallinn, 22 December 2025\n\n" + presentation + "\n";

        // Act
        var paragraphs = Parsing.Parse("contribution.txt", text).Paragraphs;

        // Assert
        Assert.Contains(paragraphs, p => p.Text == "Tallinn, 22 December 2025");
        Assert.Contains(paragraphs, p => p.Text == presentation);
    }

    [Theory]
    [InlineData("AFRICAN UNION DEVELOPMENT AGENCY (AUDA-NEPAD)\n230 15th Road, Midrand, Johannesburg, South Africa", "auda-nepad input to the wsis 2025 progress report")]
    [InlineData("INTERNATIONAL TELECOMMUNICATION UNION (ITU)", "itu contribution to the 2025 wsis report")]
    [InlineData("Contribution of the Caribbean Telecommunications Union (CTU), Port of Spain", "ctu activities in 2025 are listed below.")]
    public void KeepsAParagraphApart_When_ItOpensOnTheAbbreviationTheParagraphBeforeWritesInCapitals(string letterhead, string title)
    {
        // Arrange: the letterhead ends no sentence, and a paragraph in lower case would continue it.
        var text = letterhead + "\n\n" + title + "\n\nIn 2025, the Agency trained 5,200 young people in 11 countries.\n";

        // Act
        var paragraphs = Parsing.Parse("contribution.txt", text).Paragraphs;

        // Assert
        Assert.Contains(paragraphs, p => p.Text == title);
    }

    [Fact]
    public void RejoinsAParagraphCutByAPage_When_ItGoesOnWithAYearTheParagraphBeforeAlsoNames()
    {
        // Arrange: a figure is no abbreviation written in small letters, though the part before names the same year.
        static string Page(string text) => $"BT /F1 12 Tf 72 720 Td ({text}) Tj ET" is var content ? $"<< /Length {content.Length} >>\nstream\n{content}\nendstream" : "";
        var pdf = Serverless.IntegrationTests.Hostile.HostileFiles.MiniPdf(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 7 0 R >> >> /Contents 4 0 R >>",
            Page("In 2025 the Bank approved 31 operations. At the end of fiscal year"),
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 7 0 R >> >> /Contents 6 0 R >>",
            Page("2025, the active digital portfolio stood at 14.8 billion dollars."),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");

        // Act
        var paragraphs = Parsing.Parse("contribution.pdf", pdf).Paragraphs;

        // Assert
        Assert.True(paragraphs.Any(p => p.Text.EndsWith("fiscal year 2025, the active digital portfolio stood at 14.8 billion dollars.", StringComparison.Ordinal)),
            string.Join(" | ", paragraphs.Select(p => p.Text)));
    }

    [Fact]
    public void KeepsALetterheadsLinesApart_When_EachIsShortAndOpensWithACapital()
    {
        // Arrange: a letterhead and a signature, each a block of short lines without a full stop.
        const string text = "Makerere University\nCollege of Computing and Information Sciences\nKampala, Uganda\n\n" +
                            "Our college ran evening classes for 1,150 market vendors.\n\nDr. Agnes Nakato\nPrincipal, College of Computing\n";

        // Act
        var paragraphs = Parsing.Parse("contribution.txt", text).Paragraphs;

        // Assert
        Assert.Equal(
            ["Makerere University", "College of Computing and Information Sciences", "Kampala, Uganda", "Our college ran evening classes for 1,150 market vendors.", "Dr. Agnes Nakato", "Principal, College of Computing"],
            paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void KeepsALetterheadsLinesApart_When_AShortLetterHasABlankAfterEveryLine()
    {
        // Arrange: a letterhead, a title and one paragraph, each line followed by a blank; most lines of 30 characters or
        // more end without a full stop, as a wrapped extraction's do, but none comes near the text's measure.
        const string text = "REPUBLIC OF NAURU\n\nDepartment of Information and Communications Technology\n\nDigital Transformation Unit\n\n" +
                            "Government Offices, Yaren District\n\nRef. DICT/2025/118\n\nYaren, 15 December 2025\n\n" +
                            "Contribution of Nauru to the 2025 WSIS progress report\n\n" +
                            "In 2025 the Department connected 14 community centres to the national fibre ring and trained 320 public servants to run online services.\n";

        // Act
        var paragraphs = Parsing.Parse("contribution.txt", text).Paragraphs;

        // Assert
        Assert.Equal(
            ["REPUBLIC OF NAURU", "Department of Information and Communications Technology", "Digital Transformation Unit", "Government Offices, Yaren District",
             "Ref. DICT/2025/118", "Yaren, 15 December 2025", "Contribution of Nauru to the 2025 WSIS progress report",
             "In 2025 the Department connected 14 community centres to the national fibre ring and trained 320 public servants to run online services."],
            paragraphs.Select(p => p.Text));
    }

    [Theory]
    [InlineData("Action Line C5 — Building confidence and security\nOur work under Action Line C5 in 2025 comprised national cybersecurity assessments of Botswana and Sierra Leone.\n",
        "Action Line C5 — Building confidence and security", "Our work under Action Line C5 in 2025 comprised national cybersecurity assessments of Botswana and Sierra Leone.")]
    [InlineData("Coopération régionale (C11)\nEn 2025, l'Union a organisé sept ateliers régionaux sur la gestion du spectre, qui ont formé 380 ingénieurs de 39 pays.\n",
        "Coopération régionale (C11)", "En 2025, l'Union a organisé sept ateliers régionaux sur la gestion du spectre, qui ont formé 380 ingénieurs de 39 pays.")]
    public void ReadsAHeadingLineOverItsParagraph_AsTheHeadingItStandsUnder(string text, string heading, string paragraph)
    {
        var paragraphs = Parsing.Parse("contribution.txt", "Contribution of the Telecommunity to the 2025 WSIS report\n\n" + text).Paragraphs;

        Assert.Contains(paragraphs, p => p.Text == heading && p.Kind == ParagraphKind.Heading);
        Assert.Contains(paragraphs, p => p.Text == paragraph && p.Section == heading);
    }

    [Fact]
    public void KeepsAWrappedParagraph_AsOne_WhenItsFirstLineIsAsLongAsItsNext()
    {
        // Wrapped at 58 characters: the first line of the second paragraph, short and without a full stop, has a next as short.
        const string text = "Contribution of the Telecommunity to the 2025 WSIS report\n\n" +
                            "The Telecommunity trained 1,980 participants from\nregulators, ministries and operators of 41 countries in\n2025 on spectrum management and broadband policy.\n\n" +
                            "The Telecommunity also supported the Government of Malawi\nIn drafting its Electronic Transactions and Cybersecurity\nBill, which it tabled in Parliament in November 2025.\n";

        var paragraphs = Parsing.Parse("contribution.txt", text).Paragraphs;

        Assert.Contains(paragraphs, p => p.Text == "The Telecommunity also supported the Government of Malawi In drafting its Electronic Transactions and Cybersecurity Bill, which it tabled in Parliament in November 2025.");
    }

    [Fact]
    public void LinksATypedNoteToItsParagraph_When_ABracketedCallIsAnsweredFurtherOn()
    {
        // A word processor's plain-text export: calls in brackets, the notes at the end.
        const string text = "The Council trained 240 engineers in cable maintenance.[1] The course was held in Suva.\n\n" +
                            "See annex [2] for the list of States.\n\n[1] See the Council's annual report for 2025, p. 12.\n";

        var paragraphs = Parsing.Parse("contribution.txt", text).Paragraphs;

        Assert.Equal(
            ["The Council trained 240 engineers in cable maintenance. The course was held in Suva.", "See annex [2] for the list of States."],
            paragraphs.Select(p => p.Text));
        Assert.Equal(["See the Council's annual report for 2025, p. 12."], paragraphs[0].Footnotes);
        Assert.Empty(paragraphs[1].Footnotes ?? []);
    }

    [Theory]
    [InlineData("The Ministry trained 300 teachers\nin Kampala and Gulu.\n", "The Ministry trained 300 teachers in Kampala and Gulu.")]
    [InlineData("- First result of the year\nSecond part of the item\n", "First result of the year Second part of the item")]
    public void JoinsAParagraphsWrappedLines_When_OneOpensInLowerCase_OrTheyFormAnItem(string text, string joined)
    {
        var paragraphs = Parsing.Parse("contribution.txt", text).Paragraphs;

        Assert.Equal(joined, Assert.Single(paragraphs).Text);
    }

    [Fact]
    public void StartsAnItemAtEveryTypographicBullet_When_ATextListsWithoutBlankLines()
    {
        // A letterhead's short lines and the list's wrapped ones make this read as a PDF's extraction.
        const string text = "ASSOCIATION SAHÉLIENNE POUR LES TIC (ASTIC)\nNiamey, Niger\n\nNote d'activités 2025 pour le rapport du Secrétaire général\n\n" +
                            "L'Association sahélienne pour les TIC (ASTIC) est une organisation non gouvernementale fondée en 2009.\n\n• En 2025, l'association a installé 22 télécentres solaires dans les départements du nord.\n" +
                            "• 3 100 agricultrices ont suivi une formation à la vente de leurs produits par téléphone mobile.\n" +
                            "• Les radios membres ont diffusé 1 400 émissions sur les prix des marchés en trois langues.\n";

        var paragraphs = Parsing.Parse("contribution.txt", text).Paragraphs;

        Assert.Equal(
            [
                "En 2025, l'association a installé 22 télécentres solaires dans les départements du nord.",
                "3 100 agricultrices ont suivi une formation à la vente de leurs produits par téléphone mobile.",
                "Les radios membres ont diffusé 1 400 émissions sur les prix des marchés en trois langues.",
            ],
            paragraphs.Where(p => p.Kind == ParagraphKind.ListItem).Select(p => p.Text));
    }
}
