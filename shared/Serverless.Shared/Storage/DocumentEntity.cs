using System.Runtime.Serialization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Serverless.Shared.Documents;

namespace Serverless.Shared.Storage;

/// <summary>A document's row: PartitionKey = document id (point reads by id), RowKey = <c>document</c>.</summary>
public sealed class DocumentEntity : ITableEntity
{
    public const string Row = "document";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = Row;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string FileName { get; set; } = "";
    public string BlobName { get; set; } = "";
    public string Status { get; set; } = nameof(DocumentStatus.Received);
    public string? FailureReason { get; set; }
    public int? Year { get; set; }
    public string? YearSource { get; set; }
    public string? Entity { get; set; }
    public string? EntitySource { get; set; }

    /// <summary>When the entity was detected from the text or the file name: what decided and the words (<c>title: Contribution de l'UNESCO ...</c>).</summary>
    public string? EntityEvidence { get; set; }
    public string? Format { get; set; }
    public string? Language { get; set; }
    public string? Kind { get; set; }
    public string? Symbol { get; set; }
    public string? IssuingBody { get; set; }
    public long SizeBytes { get; set; }
    public string? SourceUrl { get; set; }
    public int ParagraphCount { get; set; }
    public int WorkItemCount { get; set; }
    public int WorkItemsDone { get; set; }
    public int LabelledParagraphCount { get; set; }
    public string OtherBlobNames { get; set; } = "[]";
    public DateTimeOffset ReceivedAt { get; set; }
    public DateTimeOffset? ClassifiedAt { get; set; }

    /// <summary>How often the reconciliation found the document unfinished and drove it on; it fails past a limit.</summary>
    public int Redrives { get; set; }

    /// <summary>
    /// What was changed in the content to store it, in words (a paragraph too long for a row split in parts, say);
    /// null when nothing was. Shown on the document so nothing is changed without a word.
    /// </summary>
    public string? Warnings { get; set; }

    /// <summary>
    /// Set once a reviewer corrected one of its paragraphs' labels (never unset): only then do classification and the
    /// compile read its corrections, so a document nobody reviewed costs no read of them.
    /// </summary>
    public bool HasCorrections { get; set; }

    /// <summary>The text fingerprint (<see cref="Documents.TextFingerprint"/>): equal for renditions of one contribution.</summary>
    public string? Fingerprint { get; set; }

    /// <summary>The id of the first-received document with the same text, when this one is another rendition of it.</summary>
    public string? RenditionOf { get; set; }

    /// <summary>
    /// When the bytes this document was read from were written under <see cref="BlobName"/>. A name written again
    /// with other bytes (a file replaced straight in storage) is then held by a document written later: this one is
    /// the earlier version (<see cref="Pipeline.ReplacedVersions"/>).
    /// </summary>
    public DateTimeOffset? BlobWrittenAt { get; set; }

    /// <summary>The id of the document read from a later version of the same blob name, once this one was replaced by it.</summary>
    public string? ReplacedBy { get; set; }

    /// <summary>
    /// The id of the document this upload is a newer version of, as its contributor said (<c>replaces</c> on the upload
    /// or in the blob's metadata): once this one is classified, the compile withdraws that one.
    /// </summary>
    public string? Replaces { get; set; }

    /// <summary>The taxonomy version of the classification that turned the document <c>Classified</c>.</summary>
    public string? TaxonomyVersion { get; set; }

    /// <summary>A person's correction of the year (<c>PATCH</c>): it wins over path, metadata and detection, also on re-ingestion.</summary>
    public int? CorrectedYear { get; set; }

    /// <summary>A person's correction of the entity, kept like <see cref="CorrectedYear"/>.</summary>
    public string? CorrectedEntity { get; set; }

    public string? CorrectedBy { get; set; }
    public DateTimeOffset? CorrectedAt { get; set; }
    public string? CorrectionNote { get; set; }

    public string? WithdrawnBy { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }
    public string? WithdrawalReason { get; set; }

    /// <summary>
    /// The status; a row whose stored status this build does not know (a newer build's, or none) counts as
    /// <see cref="DocumentStatus.Failed"/>: final, so no step drives it on, and the stored text is written back as it was.
    /// </summary>
    [IgnoreDataMember]
    public DocumentStatus StatusValue
    {
        get => IsKnownStatus ? Enum.Parse<DocumentStatus>(Status) : DocumentStatus.Failed;
        set => Status = value.ToString();
    }

    private static readonly string[] KnownStatuses = Enum.GetNames<DocumentStatus>();

    [IgnoreDataMember]
    private bool IsKnownStatus => KnownStatuses.Contains(Status, StringComparer.Ordinal);

    /// <summary>The stored reason, or for a status this build does not know, why the document is shown failed.</summary>
    [IgnoreDataMember]
    public string? ShownFailureReason => IsKnownStatus
        ? FailureReason
        : Status.Length == 0
            ? "The document's record has no status; it is left as it is. Upload the file again to process it."
            : $"The document's record has the status '{Status}', which this version of the platform does not know; it is left as it is.";

    public IReadOnlyList<string> GetOtherBlobNames()
    {
        try
        {
            return JsonSerializer.Deserialize<string[]?>(OtherBlobNames) ?? [];
        }
        catch (JsonException)
        {
            // Not a list of names, as only a tool writing the row could leave it: no other names are known.
            return [];
        }
    }

    public void SetOtherBlobNames(IEnumerable<string> names) => OtherBlobNames = JsonSerializer.Serialize(names.ToArray(), NameListJson);

    /// <summary>
    /// Records another name the same bytes were stored under, while the list fits in its one column: anyone may upload
    /// one file under as many names as they like, and a row storage refuses would stop every later write of the document.
    /// </summary>
    /// <returns>False when the name is listed already, or the list holds no more (the name is then not recorded).</returns>
    public bool TryAddOtherBlobName(string name)
    {
        var names = GetOtherBlobNames();
        if (name == BlobName || names.Contains(name))
        {
            return false;
        }

        var list = JsonSerializer.Serialize(names.Append(name).ToArray(), NameListJson);
        if (list.Length > TableText.MaxColumnLength)
        {
            return false;
        }

        OtherBlobNames = list;
        return true;
    }

    /// <summary>Names as written, not as JSON escapes: an accented letter escaped takes six characters of the column.</summary>
    private static readonly JsonSerializerOptions NameListJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public DocumentRecord ToRecord() => new()
    {
        Id = PartitionKey,
        FileName = FileName,
        BlobName = BlobName,
        Status = StatusValue,
        FailureReason = ShownFailureReason,
        Year = Year,
        YearSource = YearSource,
        Entity = Entity,
        EntitySource = EntitySource,
        EntityEvidence = EntityEvidence,
        Format = Format,
        Language = Language,
        Kind = Kind,
        Symbol = Symbol,
        SizeBytes = SizeBytes,
        SourceUrl = SourceUrl,
        ParagraphCount = ParagraphCount,
        WorkItemCount = WorkItemCount,
        WorkItemsDone = WorkItemsDone,
        LabelledParagraphCount = LabelledParagraphCount,
        OtherBlobNames = GetOtherBlobNames(),
        ReceivedAt = ReceivedAt,
        ClassifiedAt = ClassifiedAt,
        TaxonomyVersion = TaxonomyVersion,
        Warnings = Warnings,

        Correction = CorrectedBy is null ? null : new DocumentCorrection(CorrectedYear, CorrectedEntity, CorrectedBy, CorrectedAt ?? default, CorrectionNote),
        Withdrawal = WithdrawnBy is null ? null : new DocumentWithdrawal(WithdrawnBy, WithdrawnAt ?? default, WithdrawalReason),

        Fingerprint = Fingerprint,
        RenditionOf = RenditionOf,
        ReplacedBy = ReplacedBy,
        Replaces = Replaces,
    };

    /// <summary>A copy to change without touching the row it was taken from.</summary>
    public DocumentEntity Copy() => (DocumentEntity)MemberwiseClone();
}
