namespace Serverless.Shared.Documents;

/// <summary>What the platform knows about one uploaded document, as portals see it.</summary>
public sealed record DocumentRecord
{
    public required string Id { get; init; }
    public required string FileName { get; init; }
    public required string BlobName { get; init; }
    public DocumentStatus Status { get; init; }
    public string? FailureReason { get; init; }
    public int? Year { get; init; }

    /// <summary>Where <see cref="Year"/> came from: <c>path</c>, <c>metadata</c>, <c>detected</c>, <c>file-name</c> or <c>upload-date</c>.</summary>
    public string? YearSource { get; init; }
    public string? Entity { get; init; }

    /// <summary>Where <see cref="Entity"/> came from: <c>path</c>, <c>metadata</c> or <c>detected</c>.</summary>
    public string? EntitySource { get; init; }

    /// <summary>For a detected entity, what decided and the words: <c>title: Contribution of the International Telecommunication Union ...</c>.</summary>
    public string? EntityEvidence { get; init; }
    public string? Format { get; init; }
    public string? Language { get; init; }
    public string? Kind { get; init; }
    public string? Symbol { get; init; }
    public long SizeBytes { get; init; }

    /// <summary>The link the document was downloaded from (<c>POST /api/documents/from-url</c>); null for uploads.</summary>
    public string? SourceUrl { get; init; }
    public int ParagraphCount { get; init; }
    public int WorkItemCount { get; init; }
    public int WorkItemsDone { get; init; }
    public int LabelledParagraphCount { get; init; }

    /// <summary>Other blob names the same bytes were uploaded under.</summary>
    public IReadOnlyList<string> OtherBlobNames { get; init; } = [];
    public DateTimeOffset ReceivedAt { get; init; }
    public DateTimeOffset? ClassifiedAt { get; init; }

    /// <summary>
    /// The taxonomy version the document was classified with; when <c>GET /api/taxonomy</c> gives a newer one, its
    /// labels predate the change until <c>POST /api/reclassify</c>.
    /// </summary>
    public string? TaxonomyVersion { get; init; }

    /// <summary>What had to be changed in the content to store it (a paragraph too long for a row split in parts), or null.</summary>
    public string? Warnings { get; init; }

    /// <summary>A person's correction of the year or entity, with who and when; null when none.</summary>
    public DocumentCorrection? Correction { get; init; }

    /// <summary>Who withdrew the document, when and why; null unless <see cref="Status"/> is <c>Withdrawn</c>.</summary>
    public DocumentWithdrawal? Withdrawal { get; init; }

    /// <summary>The text fingerprint: the same text in another format (PDF, DOCX, HTML) has the same one.</summary>
    public string? Fingerprint { get; init; }

    /// <summary>
    /// When this document is another rendition of a contribution received earlier (same text, other format), that
    /// document's id; it then does not count again in the summary or the report.
    /// </summary>
    public string? RenditionOf { get; init; }

    /// <summary>
    /// When a newer version replaced this document (its file written again under the same name in storage, or an upload
    /// that said it <c>replaces</c> this one), that version's id: this one is then <c>Withdrawn</c> and counts no more.
    /// </summary>
    public string? ReplacedBy { get; init; }

    /// <summary>The document this upload was declared a newer version of (<c>replaces</c>), withdrawn once this one is classified.</summary>
    public string? Replaces { get; init; }
}

/// <param name="Year">The corrected year; null when only the entity was corrected.</param>
/// <param name="Entity">The corrected entity; null when only the year was corrected.</param>
public sealed record DocumentCorrection(int? Year, string? Entity, string By, DateTimeOffset At, string? Note);

/// <param name="Reason">Why, in the words of the person who withdrew it.</param>
public sealed record DocumentWithdrawal(string By, DateTimeOffset At, string? Reason);
