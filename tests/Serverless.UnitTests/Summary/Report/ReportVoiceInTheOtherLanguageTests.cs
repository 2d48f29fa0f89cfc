using Serverless.UnitTests.Summary.Synthesis;

namespace Serverless.UnitTests.Summary.Report;

/// <summary>
/// A report's own paragraph about an entity (the Secretary-General's report on ESCAP) is the report's voice: in the
/// other language's draft it is quoted as it stands, the quote first and the language it was written in after it, so
/// that the sentence opens on words rather than on a parenthesis.
/// </summary>
public sealed class ReportVoiceInTheOtherLanguageTests : IDisposable
{
    private const string SecretaryGeneralsReport =
        "Progrès réalisés dans la mise en œuvre et le suivi des textes issus du Sommet mondial sur la société de l'information aux niveaux régional et international\n\n" +
        "Rapport du Secrétaire général\n\n" +
        "1. La CESAP a publié en 2025 un rapport sur les moyens d'améliorer la productivité et l'emploi dans les petits États insulaires en développement grâce aux services numériques.\n";

    private readonly OneContributionDrafts _drafts = new("wsis-report-voice-", ".txt");

    [Fact]
    public void QuotesTheParagraphFirst_AndSaysItsLanguageAfter()
    {
        var sentence = Assert.Single(_drafts.Draft("en", SecretaryGeneralsReport).Sentences(), s => s.Text.Contains("La CESAP a publié", StringComparison.Ordinal));

        Assert.StartsWith("“La CESAP a publié en 2025", sentence.Text, StringComparison.Ordinal);
        Assert.EndsWith("grâce aux services numériques.” (original in French)", sentence.Text, StringComparison.Ordinal);
    }

    public void Dispose() => _drafts.Dispose();
}
