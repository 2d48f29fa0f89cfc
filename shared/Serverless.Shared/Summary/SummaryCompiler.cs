using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Serverless.Shared.Classification;

namespace Serverless.Shared.Summary;

/// <summary>
/// Aggregates a year's classified documents into a <see cref="YearSummary"/>. Pure: the same documents
/// give the same summary and the same <see cref="YearSummary.Version"/> (a hash of the content).
/// </summary>
public sealed class SummaryCompiler(Taxonomy taxonomy)
{
    public const string UnknownEntity = "(unknown)";

    public YearSummary Compile(int year, IReadOnlyList<SummaryDocument> documents, DateTimeOffset compiledAt)
    {
        var paragraphs = documents.SelectMany(d => d.Paragraphs.Select(p => (Document: d, Paragraph: p))).ToArray();
        var labelled = paragraphs.Count(x => x.Paragraph.ActionLines.Count > 0);
        var totals = new SummaryTotals(
            documents.Count,
            documents.Select(EntityOf).Distinct().Count(),
            paragraphs.Length,
            labelled,
            paragraphs.Length == 0 ? 0 : Math.Round((double)labelled / paragraphs.Length, 4),
            documents.GroupBy(d => d.Language ?? "und").OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count()));

        var actionLines = taxonomy.ActionLines
            .Select(line =>
            {
                var matching = paragraphs.Where(x => x.Paragraph.ActionLines.Any(code => code == line.Code || taxonomy.TopLevelOf(code) == line.Code)).ToArray();
                return new ActionLineSummary(
                    line.Code,
                    line.En,
                    matching.Length,
                    matching.Select(x => x.Document.Id).Distinct().Count(),
                    matching.Select(x => EntityOf(x.Document)).Distinct().Order(StringComparer.Ordinal).ToArray());
            })
            .Where(s => s.Paragraphs > 0)
            .ToArray();

        var bodies = taxonomy.Bodies
            .Select(body =>
            {
                var matching = paragraphs.Where(x => x.Paragraph.RequestingBodies.Contains(body.Id)).ToArray();
                return new BodySummary(body.Id, body.En, matching.Length, matching.Select(x => x.Document.Id).Distinct().Count());
            })
            .Where(s => s.Paragraphs > 0)
            .ToArray();

        var entities = documents.GroupBy(EntityOf)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new EntitySummary(
                g.Key,
                g.Count(),
                g.Sum(d => d.Paragraphs.Count),
                g.SelectMany(d => d.Paragraphs.SelectMany(p => p.ActionLines)).Select(taxonomy.TopLevelOf).Distinct()
                    .OrderBy(CodeOrder).ToArray()))
            .ToArray();

        var version = VersionOf(year, totals, actionLines, bodies, entities);
        return new YearSummary(year, version, compiledAt, totals, actionLines, bodies, entities);
    }

    private static string EntityOf(SummaryDocument document) => document.Entity ?? UnknownEntity;

    /// <summary>Sorts C2 before C10 and C7 before C7.1.</summary>
    private static (int, int) CodeOrder(string code)
    {
        var parts = code.TrimStart('C').Split('.');
        return (int.TryParse(parts[0], out var major) ? major : 99, parts.Length > 1 && int.TryParse(parts[1], out var minor) ? minor : 0);
    }

    private static string VersionOf(int year, params object[] content)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(content.Prepend(year).ToArray(), ApiJson.Options);
        return Convert.ToHexStringLower(SHA256.HashData(json))[..16];
    }
}
