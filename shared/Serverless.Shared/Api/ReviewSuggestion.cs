using System.Globalization;
using Serverless.Shared.Classification;
using Serverless.Shared.Storage;

namespace Serverless.Shared.Api;

/// <summary>
/// A paragraph worth a reviewer's look: the classifier labelled it, but only just, or gave it no label while one line
/// came close. <see cref="Margin"/> is the distance to the other decision: for a label, from the primary line's score
/// to the next line kept or to the least score for a label, whichever is nearer; without one, from the
/// <see cref="NearMiss"/> to that least score. The smaller, the closer the call, and the more a correction teaches.
/// </summary>
public sealed record ReviewSuggestion(
    string DocumentId,
    int Index,
    string? Number,
    string? Entity,
    string Text,
    IReadOnlyList<ActionLineLabel> ActionLines,
    ActionLineLabel? NearMiss,
    double Margin,
    string Reason)
{
    /// <summary>The suggestion for an unreviewed paragraph that was labelled or nearly so; null for the others.</summary>
    public static ReviewSuggestion? For(ParagraphEntity row, DocumentEntity document, double minScore)
    {
        if (row.IsReviewed)
        {
            return null;
        }

        var labels = row.GetActionLineLabels();
        if (labels.Count == 0)
        {
            return row.GetNearMiss() is not { } nearMiss
                ? null
                : Suggest(row, document, [], nearMiss, minScore - nearMiss.Score,
                    $"no action line: {nearMiss.Code} ({Format(nearMiss.Score)}) fell short of the least score for a label ({Format(minScore)})");
        }

        var primary = labels[0];
        var toThreshold = primary.Score - minScore;
        var toSecond = labels.Count > 1 ? primary.Score - labels[1].Score : double.MaxValue;
        return toSecond <= toThreshold
            ? Suggest(row, document, labels, null, toSecond, $"{primary.Code} ({Format(primary.Score)}) is only just ahead of {labels[1].Code} ({Format(labels[1].Score)})")
            : Suggest(row, document, labels, null, toThreshold, $"{primary.Code} ({Format(primary.Score)}) is only just above the least score for a label ({Format(minScore)})");
    }

    private static ReviewSuggestion Suggest(
        ParagraphEntity row, DocumentEntity document, IReadOnlyList<ActionLineLabel> labels, ActionLineLabel? nearMiss, double margin, string reason) =>
        new(row.PartitionKey, row.Index, row.Number, document.Entity, row.Text, labels, nearMiss, Math.Round(margin, 2), reason);

    private static string Format(double score) => score.ToString("0.##", CultureInfo.InvariantCulture);
}
