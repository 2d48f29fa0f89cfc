using System.Globalization;
using System.Text.Json;
using Serverless.Shared.Classification;
using Serverless.Shared.Storage;

namespace Serverless.Shared.Api;

/// <summary>
/// A paragraph worth a reviewer's look: the classifier labelled it, but only just. <see cref="Margin"/> is how far the
/// primary line's score was from losing, to the next line it kept or to the least score for any label, whichever is
/// nearer; the smaller, the closer the call, and the more a reviewer's correction teaches.
/// </summary>
public sealed record ReviewSuggestion(
    string DocumentId,
    int Index,
    string? Number,
    string? Entity,
    string Text,
    IReadOnlyList<ActionLineLabel> ActionLines,
    double Margin,
    string Reason)
{
    /// <summary>The suggestion for an unreviewed, labelled paragraph; null for the others.</summary>
    public static ReviewSuggestion? For(ParagraphEntity row, DocumentEntity document, double minScore)
    {
        if (row.IsReviewed || string.IsNullOrEmpty(row.ActionLineEvidence))
        {
            return null;
        }

        var labels = JsonSerializer.Deserialize<ActionLineLabel[]>(row.ActionLineEvidence, ApiJson.Options) ?? [];
        if (labels.Length == 0)
        {
            return null;
        }

        var primary = labels[0];
        var toThreshold = primary.Score - minScore;
        var toSecond = labels.Length > 1 ? primary.Score - labels[1].Score : double.MaxValue;
        var reason = toSecond <= toThreshold
            ? $"{primary.Code} ({Format(primary.Score)}) is only just ahead of {labels[1].Code} ({Format(labels[1].Score)})"
            : $"{primary.Code} ({Format(primary.Score)}) is only just above the least score for a label ({Format(minScore)})";
        return new ReviewSuggestion(
            row.PartitionKey, row.Index, row.Number, document.Entity, row.Text, labels, Math.Round(Math.Min(toThreshold, toSecond), 2), reason);
    }

    private static string Format(double score) => score.ToString("0.##", CultureInfo.InvariantCulture);
}
