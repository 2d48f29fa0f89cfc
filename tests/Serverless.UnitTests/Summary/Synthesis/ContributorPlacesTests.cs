using Serverless.Shared.Summary.Report;
using Serverless.Shared.Summary.Synthesis;

namespace Serverless.UnitTests.Summary.Synthesis;

/// <summary>
/// Where a contributor is quoted: a long contribution touching every line at most
/// <see cref="ContributionSynthesiser.StatementsPerContributor"/> times over the report, its best statements; a name
/// naming two regions under the one it works in; a report's own regions ("Europe and Central Asia", "Middle East and
/// North Africa") under none of the report's.
/// </summary>
public sealed class ContributorPlacesTests : IDisposable
{
    private readonly OneContributionDrafts _drafts = new("wsis-contributor-places-", ".md");

    private const string LongContribution =
        "# Input of the Meridian Development Fund to the 2025 WSIS report\n\n" +
        "## Broadband\n\n" +
        "In 2025, the Fund financed 4,200 kilometres of national backbone fibre in Malawi, Zambia and Mozambique.\n\n" +
        "In 2025, the Fund financed 310 rural mobile towers powered by solar energy in Chad and Niger.\n\n" +
        "In 2025, the Fund financed the first Internet exchange point of Burundi, which now exchanges 2 Gbit/s of local traffic.\n\n" +
        "## Skills\n\n" +
        "In 2025, the Fund trained 52,000 teachers in digital pedagogy in Kenya, Uganda and the United Republic of Tanzania.\n\n" +
        "In 2025, the Fund trained 8,400 civil servants in data analysis and digital procurement in Ghana and Senegal.\n\n" +
        "In 2025, the Fund trained 19,000 young women in coding through bootcamps in Ethiopia and Rwanda.\n\n" +
        "## Cybersecurity\n\n" +
        "In 2025, the Fund financed the national computer emergency response teams of Benin and Togo, which handled 3,100 incidents.\n\n" +
        "In 2025, the Fund financed cybersecurity audits of 140 public agencies in Côte d'Ivoire.\n\n" +
        "In 2025, the Fund financed a regional cybersecurity training centre in Dakar that trained 600 analysts.\n\n" +
        "## E-government\n\n" +
        "In 2025, the Fund financed the digital identity systems of Madagascar and Mali, which registered 11 million people.\n\n" +
        "In 2025, the Fund financed the online tax portal of Zambia, which processed 2.3 million returns.\n\n" +
        "In 2025, the Fund financed the e-procurement platform of Sierra Leone, which published 4,800 tenders.\n\n" +
        "## E-health\n\n" +
        "In 2025, the Fund financed electronic health records in 420 clinics in Malawi.\n\n" +
        "In 2025, the Fund financed telemedicine links between 96 district hospitals and referral hospitals in Niger.\n\n" +
        "In 2025, the Fund financed a vaccination registry in Liberia covering 1.9 million children.\n\n" +
        "## E-agriculture\n\n" +
        "In 2025, the Fund financed a mobile advisory service for 760,000 smallholder farmers in Nigeria.\n\n" +
        "In 2025, the Fund financed digital land registries covering 1.2 million parcels in Rwanda.\n\n" +
        "In 2025, the Fund financed weather alerts by SMS for 2.4 million farmers in Burkina Faso.\n";

    [Fact]
    public void QuotesALongContribution_AtMostSoManyTimes_OverTheWholeReport()
    {
        var quoted = _drafts.Draft("en", LongContribution).Sentences().Count(s => s.Text.Contains("the Fund financed", StringComparison.Ordinal)
            || s.Text.Contains("the Fund trained", StringComparison.Ordinal));

        Assert.InRange(quoted, 1, ContributionSynthesiser.StatementsPerContributor);
    }

    [Theory]
    [InlineData("en", "# Input of the Delegation of the European Union to the African Union to the 2025 WSIS report\n\n" +
        "In 2025, the Delegation financed the connection of 38 African Union liaison offices to a secure videoconference network.\n\n" +
        "In 2025, the Delegation trained 240 officials of the African Union Commission in cybersecurity and data protection.\n\n" +
        "In 2025, the Delegation supported the digital health strategy of the Africa Centres for Disease Control, which now links 31 national laboratories.\n\n" +
        "In 2025, the Delegation supported the participation of 45 civil society representatives in the Internet Governance Forum.\n",
        "Africa", "Europe")]
    [InlineData("fr", "# Contribution de la Délégation de l'Union européenne auprès de l'Union africaine au rapport 2025 sur le SMSI\n\n" +
        "En 2025, la Délégation a financé le raccordement de 38 bureaux de liaison de l'Union africaine à un réseau de visioconférence sécurisé.\n\n" +
        "En 2025, la Délégation a formé 240 fonctionnaires de la Commission de l'Union africaine à la cybersécurité et à la protection des données.\n\n" +
        "En 2025, la Délégation a soutenu la stratégie de santé numérique des Centres africains de contrôle des maladies, qui relie désormais 31 laboratoires nationaux.\n\n" +
        "En 2025, la Délégation a soutenu la participation de 45 représentants de la société civile au Forum sur la gouvernance de l'Internet.\n",
        "Afrique", "Europe")]
    public void QuotesANameNamingTwoRegions_UnderTheOneItWorksIn(string language, string text, string region, string other)
    {
        var subsections = _drafts.Draft(language, text).Sections.SelectMany(s => s.Subsections).ToArray();

        var section = Assert.Single(subsections, s => s.Heading.EndsWith(region, StringComparison.Ordinal));
        Assert.Contains(section.Paragraphs.SelectMany(p => p.Sentences), s => s.Text.Contains("38 ", StringComparison.Ordinal));
        Assert.DoesNotContain(subsections, s => s.Heading.EndsWith(other, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "MONGOLIA\n\nMINISTRY OF DIGITAL DEVELOPMENT AND COMMUNICATIONS\n\n# National contribution to the 2025 WSIS report\n\n" +
        "In 2025, the Ministry extended 4G networks to 62 soums and connected 41 soum schools to fibre-optic broadband.\n\n" +
        "In 2025, the Ministry trained 22,000 civil servants in basic digital skills with the national academy of governance.\n",
        "Asia and the Pacific", "62 soums")]
    [InlineData("fr", "RÉPUBLIQUE DU CONGO\n\nMINISTÈRE DES POSTES ET DE L'ÉCONOMIE NUMÉRIQUE\n\n# Contribution nationale au rapport 2025 sur le SMSI\n\n" +
        "En 2025, le Ministère a achevé la pose de 680 kilomètres de fibre optique entre Brazzaville et Pointe-Noire.\n\n" +
        "En 2025, le Ministère a formé 4 200 jeunes aux métiers du numérique avec le Centre national de formation.\n",
        "Afrique", "680 kilomètres")]
    [InlineData("en", "# UNDP Bangladesh: input to the 2025 WSIS report\n\n" +
        "In 2025, the country office helped the Cabinet Division move 142 public services onto the national digital service platform.\n\n" +
        "In 2025, the country office trained 18,500 young people in freelancing and digital marketing skills.\n",
        "Asia and the Pacific", "142 public services")]
    public void QuotesAStatesBodyOrAnOfficeInACountry_UnderThatStatesRegion(string language, string text, string region, string work)
    {
        var subsections = _drafts.Draft(language, text).Sections.SelectMany(s => s.Subsections).ToArray();

        var section = Assert.Single(subsections, s => s.Heading.EndsWith(region, StringComparison.Ordinal));
        Assert.Contains(section.Paragraphs.SelectMany(p => p.Sentences), s => s.Text.Contains(work, StringComparison.Ordinal));
    }

    [Fact]
    public void PlacesAJointContribution_InNoPartnersStatesRegion()
    {
        const string text = "# Joint submission by the Association for Progressive Communications (APC), Derechos Digitales and the Kenya ICT Action Network (KICTANet) to the 2025 WSIS report\n\n" +
            "In 2025, the three organisations supported 31 community networks in 14 countries, connecting 27,000 people in rural areas to affordable broadband.\n";

        var subsections = _drafts.Draft("en", text).Sections.SelectMany(s => s.Subsections).Select(s => s.Heading).ToArray();

        Assert.DoesNotContain(subsections, h => h.EndsWith("Africa", StringComparison.Ordinal));
    }

    [Fact]
    public void QuotesARegionalBody_BeforeTheStatesBodies_WhenTheRegionsPlacesAreFull()
    {
        var folder = Directory.CreateTempSubdirectory("wsis-regional-places-").FullName;
        try
        {
            string[] states = ["Ghana", "Kenya", "Malawi", "Namibia", "Rwanda", "Senegal", "Uganda", "Zambia", "Botswana"];
            var paths = states.Select((state, i) =>
            {
                var path = Path.Combine(folder, $"ministry-{i}.md");
                File.WriteAllText(path, $"# Contribution of the Ministry of Communications of {state} to the 2025 WSIS report\n\n" +
                    $"In 2025, the Ministry connected {1200 + i} rural schools and {310 + i} health centres to fibre-optic broadband, with 4G coverage now reaching {90 + i} per cent of the population, " +
                    $"and its universal service fund financed {80 + i} new mobile sites in {12 + i} districts.\n");
                return path;
            }).Append(Path.Combine(folder, "network.md")).ToArray();
            File.WriteAllText(paths[^1], "# Contribution of the African Network of Research Libraries to the 2025 WSIS report\n\n" +
                "In 2025, the Network connected 14 university libraries to broadband.\n");

            var documents = ClassifiedDocuments.Read(paths).Select(d => d.Document).ToArray();
            var draft = ClassifiedDocuments.Builder.Build(ClassifiedDocuments.Compiler.Compile(2025, documents, null, DateTimeOffset.UnixEpoch), "en");

            var africa = Assert.Single(draft.Sections.SelectMany(s => s.Subsections), s => s.Heading.EndsWith("Africa", StringComparison.Ordinal));
            Assert.Contains(africa.Paragraphs.SelectMany(p => p.Sentences), s => s.Text.Contains("14 university libraries", StringComparison.Ordinal));
            Assert.Contains(africa.Paragraphs.SelectMany(p => p.Sentences), s => s.Text.Contains("Ministry of Communications", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void ReadsABanksOwnRegions_AsNoneOfTheReportsRegions()
    {
        const string text = "# World Bank Group: Input to the 2025 WSIS report\n\n## Europe and Central Asia\n\n" +
            "In 2025, the Bank financed broadband for 1,900 schools in Uzbekistan and Kyrgyzstan.\n\n## Middle East and North Africa\n\n" +
            "In 2025, the Bank financed the digital identity programme of Morocco, which registered 4.6 million people.\n";

        var subsections = _drafts.Draft("en", text).Sections.SelectMany(s => s.Subsections).Select(s => s.Heading).ToArray();

        Assert.DoesNotContain(subsections, h => h.EndsWith("Asia and the Pacific", StringComparison.Ordinal) || h.EndsWith("Africa", StringComparison.Ordinal)
            || h.EndsWith("Europe", StringComparison.Ordinal));
    }

    public void Dispose() => _drafts.Dispose();
}
