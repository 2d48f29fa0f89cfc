using Serverless.Shared.Summary.Report;

namespace Serverless.UnitTests.Summary.Synthesis;

/// <summary>
/// What is no activity of the contributor's: a forum's "Key messages" (what its participants said), a "Partners"
/// section, a sentence saying with whom the activities above were carried out, a rapporteur's concern or call on States
/// in the first person singular, and a regional commission presenting itself under its name with "United Nations". The
/// work beside them is still quoted.
/// </summary>
public sealed class MessagesAndPartnersTests : IDisposable
{
    private readonly OneContributionDrafts _drafts = new("wsis-messages-partners-", ".md");

    [Theory]
    [InlineData("en", "# Input of the Nigeria Internet Governance Forum (NIGF) to the 2025 WSIS report\n\n## Activities in 2025\n\nIn 2025, the NIGF trained 200 young people from 36 states as Internet governance ambassadors through its Youth IGF.\n\n" +
        "## Key messages\n\nParticipants called for the adoption of the Data Protection Regulations and for affordable broadband in rural areas.\n",
        "200 young people", "Participants called")]
    [InlineData("fr", "# Contribution du Forum sur la gouvernance de l'Internet au Sahel au rapport 2025 sur le SMSI\n\n## Activités\n\nEn 2025, la sixième édition du Forum a réuni à Niamey 430 participants de cinq pays.\n\n" +
        "## Messages clés\n\nLes participants ont appelé à réduire le prix des données mobiles et à protéger les journalistes en ligne.\n",
        "430 participants", "ont appelé")]
    [InlineData("en", "# Input of the International Federation of Library Associations to the 2025 WSIS report\n\n## Preservation\n\nIn 2025, the Federation digitised 96,000 endangered manuscripts in Mali, Lebanon and Haiti.\n\n" +
        "## Partners\n\nThe Federation's work is carried out with UNESCO, the International Council on Archives and the Internet Society.\n",
        "96,000 endangered manuscripts", "carried out with UNESCO")]
    [InlineData("fr", "# Contribution du Parlement de la Communauté au rapport 2025 sur le SMSI\n\n## Formation\n\nEn 2025, le Parlement a organisé deux séminaires sur la cybersécurité, auxquels ont participé 86 députés.\n\n" +
        "## Appui\n\nCes activités ont été menées avec l'appui de l'Union interparlementaire et de la Fondation Friedrich Ebert.\n",
        "86 députés", "Ces activités")]
    [InlineData("en", "# Input of the Special Rapporteur on the right to privacy to the 2025 WSIS report\n\n1. In 2025, I presented to the Human Rights Council a thematic report on privacy and artificial intelligence in elections, which examines 38 national elections.\n\n" +
        "2. I remain concerned that 296 Internet shutdowns were documented in 2024, the highest number on record. I call on all States to refrain from imposing shutdowns.\n",
        "38 national elections", "296 Internet shutdowns")]
    [InlineData("fr", "# Contribution de la Rapporteuse spéciale sur le droit à la vie privée au rapport 2025 sur le SMSI\n\n1. En 2025, j'ai présenté au Conseil des droits de l'homme un rapport thématique sur la vie privée et l'intelligence artificielle dans les élections, qui examine 38 scrutins nationaux.\n\n" +
        "2. Je reste préoccupée par les 296 coupures d'Internet recensées en 2024. J'appelle tous les États à s'abstenir de couper Internet.\n",
        "38 scrutins", "296 coupures")]
    [InlineData("en", "# Contribution of the United Nations Economic Commission for Europe (UNECE) to the 2025 WSIS report\n\n" +
        "1. The United Nations Economic Commission for Europe (UNECE) supports its 56 member States in Europe, North America and Central Asia in implementing the outcomes of the World Summit on the Information Society.\n\n" +
        "2. In 2025, UNECE trained 740 officials from Armenia, Azerbaijan, the Republic of Moldova and Ukraine on electronic data exchange and paperless trade.\n",
        "740 officials", "supports its 56 member States")]
    [InlineData("en", "# Input of the Digital Safety Trust to the 2025 WSIS report\n\n## What we did in 2025\n\nIn 2025, the Trust trained 1,200 teachers to recognise and report online abuse.\n\n" +
        "## Why it matters\n\nFeeling safe online is a condition for girls to stay in school. Online safety is everyone's business.\n",
        "1,200 teachers", "everyone's business")]
    [InlineData("fr", "# Contribution de l'Association pour la sécurité numérique au rapport 2025 sur le SMSI\n\n## Nos activités\n\nEn 2025, l'Association a formé 1 200 enseignants à signaler les abus en ligne.\n\n" +
        "## Pourquoi c'est important\n\nSe sentir en sécurité en ligne est une condition pour que les filles restent à l'école.\n",
        "1 200 enseignants", "Se sentir en sécurité")]
    public void QuotesNeitherMessagesNorPartnersNorAConcern_ButTheWorkBesideThem(string language, string text, string work, string left)
    {
        var sentences = _drafts.Draft(language, text).Sentences().Select(s => s.Text).ToArray();

        Assert.Contains(sentences, s => s.Contains(work, StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.Contains(left, StringComparison.Ordinal));
    }

    public void Dispose() => _drafts.Dispose();
}
