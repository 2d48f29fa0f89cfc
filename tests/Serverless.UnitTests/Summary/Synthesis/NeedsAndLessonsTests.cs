using Serverless.Shared.Summary.Report;

namespace Serverless.UnitTests.Summary.Synthesis;

/// <summary>
/// What a contribution says of what is still lacking, of what it learned, of what it urges others to do and of the
/// rank it holds is not the year's work: a gap that remains, a "Lessons" or "Challenges" section, a call on States and
/// a presentation as "one of the largest" are never quoted as activities, and the work beside them still is.
/// </summary>
public sealed class NeedsAndLessonsTests : IDisposable
{
    private readonly OneContributionDrafts _drafts = new("wsis-needs-lessons-", ".md");

    [Theory]
    [InlineData("en", "# Input of the Highland Broadband Agency to the 2025 WSIS report\n\nIn 2025, the Agency brought fibre to 520 villages in three regions.\n\n" +
        "Mountain villages remain costly to connect, and the gap between the capital and rural areas in digital skills remains wide.\n",
        "520 villages", "remain costly")]
    [InlineData("en", "# Submission of the Mekong Indigenous Peoples Network to the 2025 WSIS report\n\nIn 2025, the Network trained 180 community journalists in mobile video.\n\n" +
        "Indigenous peoples in the region still lack access to connectivity and to content in their own languages. We urge States to recognise indigenous peoples' rights over data about them.\n",
        "180 community journalists", "still lack")]
    [InlineData("en", "# Submission of the Mekong Indigenous Peoples Network to the 2025 WSIS report\n\nIn 2025, the Network trained 180 community journalists in mobile video.\n\n" +
        "We urge States to recognise indigenous peoples' rights over data about them.\n",
        "180 community journalists", "We urge States")]
    [InlineData("fr", "# Contribution du Réseau des peuples de la forêt au rapport 2025 sur le SMSI\n\nEn 2025, le Réseau a formé 240 jeunes à la cartographie participative numérique.\n\n" +
        "Les peuples de la forêt restent les moins connectés de la sous-région, et les données recueillies sur leurs terres leur échappent souvent.\n",
        "240 jeunes", "restent les moins connectés")]
    [InlineData("fr", "# Contribution du Réseau des peuples de la forêt au rapport 2025 sur le SMSI\n\nEn 2025, le Réseau a formé 240 jeunes à la cartographie participative numérique.\n\n" +
        "Nous appelons les États à reconnaître les droits des peuples autochtones sur les données qui les concernent.\n",
        "240 jeunes", "Nous appelons")]
    [InlineData("en", "# Input of the Global Digital Finance Group to the 2025 WSIS report\n\n## Overview\n\nThe Global Digital Finance Group is one of the world's largest sources of funding for digital infrastructure in developing countries.\n\n" +
        "## Infrastructure\n\nIn 2025, the Group financed 9,400 kilometres of national backbone fibre in four countries.\n",
        "9,400 kilometres", "one of the world")]
    [InlineData("en", "# Input of the Global Digital Finance Group to the 2025 WSIS report\n\n## Infrastructure\n\nIn 2025, the Group financed 9,400 kilometres of national backbone fibre in four countries.\n\n" +
        "## Lessons and outlook\n\nOur experience in 2025 confirms that infrastructure investment yields the most where it is paired with market reforms.\n",
        "9,400 kilometres", "Our experience")]
    [InlineData("fr", "# Contribution du Réseau des peuples de la forêt au rapport 2025 sur le SMSI\n\n## Activités\n\nEn 2025, le Réseau a formé 240 jeunes à la cartographie participative numérique.\n\n" +
        "## Nos préoccupations\n\nLes données recueillies en 2025 sur les terres coutumières échappent souvent aux communautés qui les ont produites.\n",
        "240 jeunes", "échappent souvent")]
    public void QuotesNeitherANeedNorALessonNorACallNorARank_ButTheWorkBesideThem(string language, string text, string work, string left)
    {
        var sentences = _drafts.Draft(language, text).Sentences().Select(s => s.Text).ToArray();

        Assert.Contains(sentences, s => s.Contains(work, StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.Contains(left, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "# Input of the Highland Broadband Agency to the 2025 WSIS report\n\nAlthough coverage remains limited in the mountains, in 2025 the Agency brought fibre to 520 villages in three regions.\n",
        "brought fibre to 520 villages")]
    [InlineData("fr", "# Contribution de l'Agence des hautes terres au rapport 2025 sur le SMSI\n\nBien que la couverture reste limitée en montagne, l'Agence a raccordé en 2025 520 villages à la fibre.\n",
        "raccordé en 2025 520 villages")]
    public void StillQuotesWorkDone_BesideAGapItNamesInTheSameSentence(string language, string text, string work)
    {
        var sentences = _drafts.Draft(language, text).Sentences().Select(s => s.Text).ToArray();

        Assert.Contains(sentences, s => s.Contains(work, StringComparison.Ordinal));
    }

    public void Dispose() => _drafts.Dispose();
}
