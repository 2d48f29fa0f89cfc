using System.Globalization;
using System.Text;

namespace Serverless.UnitTests.Renditions;

/// <summary>The per-producer table of the rendition corpus (printed by the tests and by the benchmarks' <c>renditions</c> command).</summary>
public static class RenditionReport
{
    public static string Table(IReadOnlyCollection<(string Producer, RenditionScore Score, int Pdfs)> rows)
    {
        var text = new StringBuilder();
        text.AppendLine("| producer | PDFs | expected paragraphs | same text | numbered | numbers right | furniture | kinds right |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (producer, score, pdfs) in rows)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {producer} | {pdfs} | {score.Expected} | {score.Found} ({score.FoundShare:P1}) | {score.Numbered} | {score.NumbersRight} ({score.NumbersShare:P1}) | {score.Furniture} | {Kinds(score)} |"));
        }

        // Below the table, so the table keeps the columns the README's figures were taken with.
        var stray = rows.Sum(r => r.Score.Stray);
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"paragraphs not in the source (neither part of a source paragraph nor holding one): {stray}"));
        return text.ToString();
    }

    /// <summary>Paragraphs with their kind out of those whose kind is known (ITU resolutions only), or a dash.</summary>
    private static string Kinds(RenditionScore score) =>
        score.Kinded == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{score.KindsRight} / {score.Kinded}");

    /// <param name="sources">Only the PDFs of these sources (by name: <c>en-itu-pp-resolution</c>), or all when empty.</param>
    public static List<(string Producer, RenditionScore Score, int Pdfs)> ScoreAll(IReadOnlyCollection<string>? sources = null)
    {
        var scores = RenditionCorpus.All
            .Where(r => sources is null || sources.Count == 0 || sources.Contains(Path.GetFileNameWithoutExtension(r.Source)))
            .Select(r => (Rendition: r, Score: RenditionScorer.Score(r))).ToList();
        return scores.GroupBy(s => s.Rendition.Producer).OrderBy(g => g.Key)
            .Select(g => (g.Key, RenditionScore.Sum(g.Select(s => s.Score)), g.Count()))
            .ToList();
    }
}
