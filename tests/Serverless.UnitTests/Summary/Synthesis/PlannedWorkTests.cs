using Serverless.Shared.Segmentation;
using Serverless.Shared.Summary.Report;

namespace Serverless.UnitTests.Summary.Synthesis;

/// <summary>
/// What a contributor will do ("In 2026, the IPU will hold...", "Le HCP prévoit de lancer...", "La Ville étendra...")
/// is not the year's work: the report quotes what was done, never a plan, also when a paragraph holds both.
/// </summary>
public sealed class PlannedWorkTests : IDisposable
{
    private readonly OneContributionDrafts _drafts = new("wsis-plans-", ".md");

    [Theory]
    [InlineData("en", "# Contribution of the Andean Parliamentary Network to the 2025 WSIS report\n\n" +
        "In 2025, the Network trained 240 parliamentary staff on the drafting of laws on artificial intelligence.\n\n" +
        "In 2026, the Network will hold a conference of young parliamentarians on digital rights and will publish a handbook on cybersecurity.\n",
        "240 parliamentary staff", "will hold a conference")]
    [InlineData("en", "# Contribution of Savanna Mobile Ltd to the 2025 WSIS report\n\n" +
        "Savanna Mobile Ltd extended its 4G network to 91 per cent of the population and switched on 5G in 40 towns.\n\n" +
        "In FY2026 Savanna Mobile plans to reach 1,000 additional schools with free connectivity.\n",
        "5G in 40 towns", "plans to reach")]
    [InlineData("fr", "# Contribution de l'Institut national de la statistique au rapport 2025 sur le SMSI\n\n" +
        "En 2025, l'Institut a mesuré l'accès des ménages à Internet et l'usage des services publics en ligne auprès de 90 000 ménages : 88 % des ménages disposent d'un accès à Internet.\n\n" +
        "L'Institut prévoit de lancer en 2026 une enquête sur les compétences numériques des adultes.\n",
        "90 000 ménages", "prévoit de lancer")]
    [InlineData("fr", "# Contribution de la Ville de Lomé au rapport 2025 sur le SMSI\n\n" +
        "En 2025, la Ville a ouvert 12 espaces numériques où 8 700 personnes âgées ont suivi des ateliers.\n\n" +
        "La Ville étendra le réseau Wi-Fi public à 150 parcs et mettra en ligne un guichet unique des permis.\n",
        "8 700 personnes", "étendra le réseau")]
    [InlineData("en", "# Contribution of Savanna Mobile Ltd to the 2025 WSIS report\n\n" +
        "Savanna Mobile Ltd extended its 4G network to 91 per cent of the population and switched on 5G in 40 towns.\n\n" +
        "This contribution contains forward-looking statements. In FY2026 Savanna Mobile plans to reach 1,000 additional schools with free broadband connectivity.\n",
        "5G in 40 towns", "plans to reach")]
    public void QuotesWhatWasDone_NotWhatIsPlanned(string language, string text, string done, string planned)
    {
        var sentences = _drafts.Draft(language, text).Sentences().Select(s => s.Text).ToArray();

        Assert.True(sentences.Any(s => s.Contains(done, StringComparison.Ordinal)), string.Join("\n", sentences));
        Assert.DoesNotContain(sentences, s => s.Contains(planned, StringComparison.Ordinal));
    }

    [Fact]
    public void QuotesAParagraphsReportedWork_WithoutThePlanThatFollowsIt()
    {
        var sentences = _drafts.Draft("en", "# Contribution of the Andean Parliamentary Network to the 2025 WSIS report\n\n" +
            "The Network published the report Parliaments and AI, which maps 143 bills tabled in 48 parliaments. " +
            "The Network will present it to 30 more parliaments in 2026.\n").Sentences().Select(s => s.Text).ToArray();

        Assert.Contains(sentences, s => s.Contains("143 bills", StringComparison.Ordinal) && !s.Contains("will present", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("UNEP launched a platform which will host 420 indicators.")]
    [InlineData("The report, published in May, found that 78 per cent of chambers will broadcast online.")]
    [InlineData("L'UIT a lancé un programme qui permettra de connecter 100 écoles.")]
    [InlineData("Le Conseil a adopté un compte satellite de l'économie numérique.")]
    [InlineData("Le programme Opéra a formé 300 agents au front office numérique.")]
    [InlineData("Depuis 2024, la Coopérative gère une plateforme qui permet à la diaspora malienne d'écouter 75 radios ; elle a compté 1,8 million d'écoutes en 2025.")]
    [InlineData("La caméra de l'agora a filmé 40 débats en 2025.")]
    public void TakesForDoneWork_ASentenceInThePastWhatever_FollowsIt(string sentence)
    {
        Assert.False(PlannedWork.Default.IsPlan(sentence));
    }

    [Theory]
    [InlineData("La Ville étendra le réseau Wi-Fi public à 150 parcs.")]
    [InlineData("En 2026, l'Agence lancera un indice couvrant 100 villes.")]
    [InlineData("Le Bureau devra publier un guide, qui permettra aux maires de choisir.")]
    [InlineData("Les deux organisations poursuivront leur coopération en 2026.")]
    [InlineData("The Network will hold a conference of young parliamentarians.")]
    public void TakesForAPlan_ASentenceInTheFuture(string sentence)
    {
        Assert.True(PlannedWork.Default.IsPlan(sentence));
    }

    public void Dispose() => _drafts.Dispose();
}
