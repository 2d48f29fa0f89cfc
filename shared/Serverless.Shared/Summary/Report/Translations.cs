using Serverless.Shared.Summary.Synthesis;

namespace Serverless.Shared.Summary.Report;

/// <summary>
/// A bilingual contribution (English, then the same in French) gives each activity twice, once in each language; the
/// summary keeps both, and each draft quotes the version in its own language only. A statement in the other language
/// is a translation when the same document has a statement in the draft's language with the same figures (a
/// translation keeps them: "14,000 pages" is « 14 000 pages »); a statement without figures is never taken for one.
/// </summary>
internal sealed class Translations
{
    private readonly string _language;
    private readonly HashSet<(string Document, string Figures)> _inLanguage;

    public Translations(YearSummary summary, string language)
    {
        _language = language;
        _inLanguage = AllStatements(summary)
            .Where(s => s.Language == language && Figures(s) is { Length: > 0 })
            .Select(s => (s.Source.DocumentId, Figures(s)))
            .ToHashSet();
    }

    /// <summary>Whether the draft quotes <paramref name="statement"/> in its own language already, from the same document.</summary>
    public bool IsTranslation(Statement statement) =>
        statement.Language is "fr" or "en" && statement.Language != _language && Figures(statement) is { Length: > 0 } figures
        && _inLanguage.Contains((statement.Source.DocumentId, figures));

    /// <summary>The statement's figures as digits alone, in order ("14,000" and "14 000" are both 14000).</summary>
    private static string Figures(Statement statement) =>
        string.Join(' ', Informativeness.NumbersIn(statement.Text).Select(n => new string(n.Where(char.IsDigit).ToArray())).Where(n => n.Length > 0).Order(StringComparer.Ordinal));

    private static IEnumerable<Statement> AllStatements(YearSummary summary) =>
        summary.ActionLines.SelectMany(a => a.Contributions ?? []).SelectMany(e => e.Statements)
            .Concat(summary.Regions.SelectMany(r => r.Contributions ?? []).SelectMany(e => e.Statements))
            .Concat((summary.International ?? []).SelectMany(t => t.Statements));
}
