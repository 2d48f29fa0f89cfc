using Serverless.Shared.Summary;
using Serverless.Shared.Summary.Report;

namespace Serverless.Local.Cli;

/// <summary>Prints a year's summary as the plain tables a person reads in a terminal.</summary>
internal static class SummaryTable
{
    public static void Print(YearSummary summary, string taxonomyVersion, TextWriter output)
    {
        var totals = summary.Totals;
        output.WriteLine();
        string Count(int n, string one, string other) => Plural.Count("en", n, one, other);
        output.WriteLine($"== {summary.Year}: {Count(totals.Documents, "document", "documents")} from {Count(totals.ContributingEntities, "entity", "entities")}, " +
                         $"{Count(totals.Paragraphs, "paragraph", "paragraphs")}, {totals.LabelledShare:P0} labelled (version {summary.Version})");
        if (totals.Renditions > 0)
        {
            output.WriteLine($"   {Count(totals.Renditions, "other rendition", "other renditions")} of a contribution (the same text in another format) not counted again.");
        }

        var older = (totals.TaxonomyVersions ?? new Dictionary<string, int>()).Where(v => v.Key != taxonomyVersion).ToArray();
        if (older.Length > 0)
        {
            output.WriteLine($"   {older.Sum(v => v.Value)} of them classified with an earlier taxonomy " +
                             $"({string.Join(", ", older.Select(v => $"{v.Key}: {v.Value}"))}); POST /api/reclassify?year={summary.Year}&outdated=true " +
                             $"classifies them with {taxonomyVersion}.");
        }
        output.WriteLine();
        output.WriteLine($"  {"Action line",-8} {"Name",-62} {"Paragraphs",10} {"Documents",10}");
        foreach (var line in summary.ActionLines)
        {
            output.WriteLine($"  {line.Code,-8} {Truncate(line.Name, 62),-62} {line.Paragraphs,10} {line.Documents,10}");
        }

        output.WriteLine();
        output.WriteLine($"  {"Body",-12} {"Name",-58} {"Paragraphs",10} {"Documents",10}");
        foreach (var body in summary.Bodies)
        {
            output.WriteLine($"  {body.Id,-12} {Truncate(body.Name, 58),-58} {body.Paragraphs,10} {body.Documents,10}");
        }
    }

    private static string Truncate(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";
}
