namespace Serverless.Shared.Storage;

/// <summary>A paragraph as its document's paragraphs blob holds it: what ingest read, written once.</summary>
internal sealed record StoredParagraph(int Index, string Text, string Kind, string? Number, string? Section, int? Page, string? Footnotes)
{
    public static StoredParagraph Of(ParagraphEntity row) => new(row.Index, row.Text, row.Kind, row.Number, row.Section, row.Page, row.Footnotes);

    public ParagraphEntity ToEntity(string documentId) => new()
    {
        PartitionKey = documentId,
        RowKey = ParagraphEntity.RowKeyFor(Index),
        Index = Index,
        Text = Text,
        Kind = Kind,
        Number = Number,
        Section = Section,
        Page = Page,
        Footnotes = Footnotes,
    };
}

/// <summary>One work item's labels: <paramref name="Items"/> says how many items the classification had.</summary>
internal sealed record StoredLabels(int Item, int Items, IReadOnlyList<StoredLabel> Paragraphs);

/// <summary>The classifier's labels of one paragraph, in the columns <see cref="ParagraphEntity"/> reads them from.</summary>
internal sealed record StoredLabel(
    int Index,
    string? ActionLines,
    string? ActionLineEvidence,
    string? NearMiss,
    string? RequestingBodies,
    string? Addressees,
    string? LabelledKind,
    string? Requests,
    DateTimeOffset? ClassifiedAt)
{
    public static StoredLabel Of(ParagraphEntity row) => new(
        row.Index, row.ActionLines, row.ActionLineEvidence, row.NearMiss, row.RequestingBodies, row.Addressees, row.LabelledKind, row.Requests, row.ClassifiedAt);

    public void ApplyTo(ParagraphEntity row)
    {
        row.ActionLines = ActionLines;
        row.ActionLineEvidence = ActionLineEvidence;
        row.NearMiss = NearMiss;
        row.RequestingBodies = RequestingBodies;
        row.Addressees = Addressees;
        row.LabelledKind = LabelledKind;
        row.Requests = Requests;
        row.ClassifiedAt = ClassifiedAt;
    }
}
