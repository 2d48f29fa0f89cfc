namespace Serverless.UnitTests.Summary.Synthesis;

/// <summary>
/// The title a citation gives: never a contact line whose address holds a title's word ("communication@..."), and a
/// title line that spells out long names is still the title, however long.
/// </summary>
public sealed class TitleLineTests : IDisposable
{
    private readonly OneContributionDrafts _drafts = new("wsis-title-lines-", ".txt");

    [Theory]
    [InlineData("fr", "COMMUNIQUÉ DE PRESSE\n\nUnion africaine des télécommunications (UAT)\n\nPour diffusion immédiate\n\n" +
        "Nairobi, le 18 février 2026 – L'Union africaine des télécommunications (UAT) annonce la publication de sa contribution au rapport annuel sur le SMSI.\n\n" +
        "« 2025 a été une année décisive », a déclaré le Secrétaire général de l'UAT.\n\n" +
        "Au cours de l'année 2025, l'UAT a coordonné la position commune africaine pour la Conférence mondiale des radiocommunications, adoptée par 44 administrations.\n\n" +
        "L'UAT a organisé en 2025 sept ateliers régionaux sur la gestion du spectre, qui ont formé 380 ingénieurs de 39 pays.\n\n" +
        "Contact presse : communication@atuuat.africa\n", "44 administrations", "atuuat")]
    [InlineData("en", "China Academy of Information and Communications Technology\n\n" +
        "Input of the China Academy of Information and Communications Technology (CAICT) to the 2025 report of the Secretary-General on progress made in the implementation of the outcomes of the World Summit on the Information Society\n\n" +
        "In 2025, CAICT trained 860 officials and engineers from 42 developing countries through 19 seminars on digital infrastructure and cybersecurity.\n",
        "860 officials", "contribution for 2025")]
    public void CitesNoAddress_AndALongTitleLine(string language, string text, string quoted, string notCited)
    {
        var notes = _drafts.Draft(language, text).Sentences().Where(s => s.Text.Contains(quoted, StringComparison.Ordinal)).Select(s => s.Note).ToArray();

        Assert.NotEmpty(notes);
        Assert.All(notes, n => Assert.DoesNotContain(notCited, n, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "Communications Regulators' Association of Southern Africa (CRASA)\n\nReply to the CSTD secretariat's questionnaire on the implementation of the WSIS outcomes in 2025\n\n" +
        "In 2025, CRASA trained 62 regulatory staff from twelve member States on spectrum pricing and the assignment of the 3.5 GHz band.\n",
        "62 regulatory staff", "“Reply to the CSTD secretariat's questionnaire")]
    [InlineData("fr", "RÉPUBLIQUE DE MADAGASCAR\nAutorité de régulation des technologies de communication (ARTEC)\n\n" +
        "Réponses au questionnaire du secrétariat de la CSTD sur la mise en œuvre des résultats du SMSI en 2025\n\n" +
        "En 2025, l'ARTEC a attribué les premières licences d'accès à Internet par satellite, ce qui a permis de raccorder 214 communes rurales.\n",
        "214 communes", "« Réponses au questionnaire du secrétariat de la CSTD")]
    public void CitesAQuestionnairesReplyByItsTitleLine(string language, string text, string quoted, string title)
    {
        var notes = _drafts.Draft(language, text).Sentences().Where(s => s.Text.Contains(quoted, StringComparison.Ordinal)).Select(s => s.Note).ToArray();

        Assert.NotEmpty(notes);
        Assert.All(notes, n => Assert.Contains(title, n, StringComparison.Ordinal));
    }

    [Fact]
    public void CitesTheLongTitleLine_ShortenedAtAWord()
    {
        var notes = _drafts.Draft("en", "China Academy of Information and Communications Technology\n\n" +
            "Input of the China Academy of Information and Communications Technology (CAICT) to the 2025 report of the Secretary-General on progress made in the implementation of the outcomes of the World Summit on the Information Society\n\n" +
            "In 2025, CAICT trained 860 officials and engineers from 42 developing countries through 19 seminars on digital infrastructure and cybersecurity.\n")
            .Sentences().Where(s => s.Text.Contains("860 officials", StringComparison.Ordinal)).Select(s => s.Note).ToArray();

        Assert.NotEmpty(notes);
        Assert.All(notes, n => Assert.Contains("“Input of the China Academy of Information and Communications Technology (CAICT) to the 2025 report", n, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "REPUBLIC OF NAURU\n\nDepartment of Information and Communications Technology\n\nDigital Transformation Unit\n\n" +
        "Government Offices, Yaren District\n\nRef. DICT/2025/118\n\nYaren, 15 December 2025\n\n" +
        "Contribution of Nauru to the 2025 WSIS progress report\n\n" +
        "In 2025 the Department connected 14 community centres to the national fibre ring and trained 320 public servants to run online services.\n",
        "14 community centres", "Contribution of Nauru to the 2025 WSIS progress report")]
    [InlineData("fr", "RÉPUBLIQUE DE DJIBOUTI\n\nMinistère de l'Économie numérique et de l'Innovation\n\nDirection de la transformation numérique\n\n" +
        "Cité ministérielle, BP 2758\n\nRéf. 2025/DTN/0412\n\nDjibouti, le 12 décembre 2025\n\n" +
        "Contribution de Djibouti au rapport 2025 sur les progrès du SMSI\n\n" +
        "En 2025, la Direction a raccordé 36 écoles rurales au réseau national et formé 410 agents publics aux services en ligne.\n",
        "36 écoles rurales", "Contribution de Djibouti au rapport 2025 sur les progrès du SMSI")]
    public void CitesTheTitleBelowALetterheadLongerThanTheOpening(string language, string text, string quoted, string title)
    {
        using var drafts = new OneContributionDrafts("wsis-long-letterhead-", ".md");
        var notes = drafts.Draft(language, text).Sentences()
            .Where(s => s.Text.Contains(quoted, StringComparison.Ordinal)).Select(s => s.Note).ToArray();

        Assert.NotEmpty(notes);
        Assert.All(notes, n => Assert.Contains(title, n, StringComparison.Ordinal));
    }

    public void Dispose() => _drafts.Dispose();
}
