using Serverless.Shared.Classification;

namespace Serverless.Shared.Summary.Synthesis;

/// <summary>
/// A table of activities, one a row, as a contribution may report its year ("Activity | WSIS action line | Period"):
/// its header names a column of activities (each language's <c>documentProfile.activityColumns</c>), and each row is
/// then an activity quoted as that cell, with the period its row gives in brackets
/// (<c>documentProfile.periodColumns</c>): "Connected 1,240 public schools to broadband (January–December 2025)". Any
/// other table (figures by country, a budget) stays the document's furniture, cited from the table.
/// </summary>
public sealed class ActivityTable
{
    private const string CellSeparator = " | ";

    private readonly int _activity;
    private readonly int _period;
    private readonly int _cells;

    private ActivityTable(int activity, int period, int cells) => (_activity, _period, _cells) = (activity, period, cells);

    /// <summary>The table a header row opens, when one of its cells names the activities; else null.</summary>
    public static ActivityTable? FromHeader(string header, LanguageCatalog languages)
    {
        var cells = Cells(header);
        var activity = Array.FindIndex(cells, c => Headings(languages, p => p.ActivityColumns).Contains(Fold(c)));
        if (activity < 0 || cells.Length < 2)
        {
            return null;
        }

        var period = Array.FindIndex(cells, c => Headings(languages, p => p.PeriodColumns).Contains(Fold(c)));
        return new ActivityTable(activity, period, cells.Length);
    }

    /// <summary>The row's activity, with its period in brackets; null for a row of another shape (a sub-heading across the table).</summary>
    public string? Activity(string row)
    {
        var cells = Cells(row);
        if (cells.Length != _cells || cells[_activity].Length == 0)
        {
            return null;
        }

        var activity = cells[_activity].TrimEnd('.', ';');
        return _period >= 0 && cells[_period].Length > 0 ? $"{activity} ({cells[_period]})." : $"{activity}.";
    }

    private static string[] Cells(string row) => row.Split(CellSeparator).Select(c => c.Trim()).ToArray();

    private static string Fold(string heading) => TextNormaliser.Fold(heading).Trim();

    private static HashSet<string> Headings(LanguageCatalog languages, Func<LanguageDocumentProfile, string[]?> words) =>
        languages.Languages.SelectMany(l => l.DocumentProfile is { } profile ? words(profile) ?? [] : []).Select(Fold).ToHashSet(StringComparer.Ordinal);
}
