using Serverless.Shared.Storage;

namespace Serverless.Shared.Api;

/// <summary>
/// One reviewed paragraph in the format of the labelled sets (<c>tests/eval/README.md</c>): the reviewer's labels are
/// the gold ones, so <c>./wsis eval</c> reads the file as it is; the classifier's labels, the reviewer and the note
/// follow for people reading it. <see cref="RequestingBodies"/> is null when the reviewer left bodies alone: the
/// evaluation then counts the paragraph for action lines only.
/// </summary>
public sealed record ReviewedParagraphLine(
    string Id,
    string Text,
    string? Lang,
    string? Section,
    string Kind,
    string? DocumentBody,
    IReadOnlyList<string> ActionLines,
    IReadOnlyList<string>? RequestingBodies,
    IReadOnlyList<string> ClassifierActionLines,
    IReadOnlyList<string> ClassifierRequestingBodies,
    string Reviewer,
    DateTimeOffset ReviewedAt,
    string? Note)
{
    public static ReviewedParagraphLine From(ParagraphEntity row, DocumentEntity document) => new(
        $"{row.PartitionKey}/{row.Index}",
        row.Text,
        document.Language,
        row.Section,
        row.Kind,
        document.IssuingBody,
        ParagraphEntity.SplitList(row.ReviewedActionLines),
        row.AreBodiesReviewed ? ParagraphEntity.SplitList(row.ReviewedRequestingBodies) : null,
        ParagraphEntity.SplitList(row.ActionLines),
        ParagraphEntity.SplitList(row.RequestingBodies),
        row.ReviewedBy ?? "",
        row.ReviewedAt!.Value,
        row.ReviewNote);
}
