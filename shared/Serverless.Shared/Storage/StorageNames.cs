namespace Serverless.Shared.Storage;

/// <summary>
/// Every container, queue, table and setting name the platform uses, defined once so the two hosts,
/// the tests and the infrastructure templates cannot drift apart.
/// </summary>
public static class StorageNames
{
    /// <summary>The app setting holding the storage connection (connection string or identity-based prefix).</summary>
    public const string ConnectionSetting = "AzureWebJobsStorage";

    /// <summary>Intake: blob names follow <c>{year}/{entity}/{file name}</c>, year and entity optional.</summary>
    public const string IncomingContainer = "incoming";

    /// <summary>Rendered draft reports: <c>{year}/summary.md|.html|.docx</c>.</summary>
    public const string ReportsContainer = "reports";

    /// <summary>Blob-trigger binding path for the intake container.</summary>
    public const string IncomingBlobPath = IncomingContainer + "/{name}";

    /// <summary>Claim-check work items: a pointer to a range of stored paragraphs to classify.</summary>
    public const string ClassifyQueue = "classify-work";

    /// <summary>Requests to compile one year's summary.</summary>
    public const string CompileQueue = "compile-requests";

    /// <summary>Requests to classify stored paragraphs again (all documents or one year), e.g. after a taxonomy change.</summary>
    public const string ReclassifyQueue = "reclassify-requests";

    /// <summary>Events to deliver to the portals that subscribed to them (webhooks).</summary>
    public const string NotificationsQueue = "notifications";

    /// <summary>Where the trigger engine moves a message after its last failed attempt.</summary>
    public const string ClassifyPoisonQueue = ClassifyQueue + "-poison";

    public const string CompilePoisonQueue = CompileQueue + "-poison";

    public const string ReclassifyPoisonQueue = ReclassifyQueue + "-poison";

    public const string NotificationsPoisonQueue = NotificationsQueue + "-poison";

    /// <summary>The trigger engine's own poison queue for blobs whose function kept failing.</summary>
    public const string BlobTriggerPoisonQueue = "webjobs-blobtrigger-poison";

    public const string DocumentsTable = "documents";
    /// <summary>Reviewers' corrections of paragraph labels: PartitionKey = document id, RowKey = paragraph index.</summary>
    public const string CorrectionsTable = "corrections";

    /// <summary>
    /// The index portals query by: one partition per year, one row per document with its paragraphs on each action line
    /// and citing each body (<see cref="YearIndexRow"/>).
    /// </summary>
    public const string YearIndexTable = "yearindex";

    /// <summary>
    /// One row per finished classification work item of a document of several, to know when it is done. (Stores of
    /// earlier versions also hold an <c>inflight</c> partition, no longer read: its rows can be deleted.)
    /// </summary>
    public const string WorkItemsTable = "workitems";
    public const string SummariesTable = "summaries";

    /// <summary>Webhook subscriptions of portals.</summary>
    public const string SubscriptionsTable = "subscriptions";

    /// <summary>One row per event delivered to a subscription, so a retried event is not posted twice to the same portal.</summary>
    public const string DeliveriesTable = "deliveries";

    /// <summary>Documents by text fingerprint, to link the renditions of one contribution (its PDF, DOCX, HTML).</summary>
    public const string RenditionsTable = "renditions";

    /// <summary>The app setting with the NCRONTAB schedule of the yearly compile.</summary>
    public const string CompileScheduleSetting = "CompileSchedule";

    /// <summary>Binding expression for the timer trigger: resolved from <see cref="CompileScheduleSetting"/>.</summary>
    public const string CompileScheduleExpression = "%" + CompileScheduleSetting + "%";

    /// <summary>Once a year, 15 January 06:00 UTC, for the previous year (six-field NCRONTAB).</summary>
    public const string DefaultCompileSchedule = "0 0 6 15 1 *";

    /// <summary>The app setting with the NCRONTAB schedule of the reconciliation (documents left unfinished by a stopped worker).</summary>
    public const string ReconcileScheduleSetting = "ReconcileSchedule";

    /// <summary>Binding expression for the reconciliation timer: resolved from <see cref="ReconcileScheduleSetting"/>.</summary>
    public const string ReconcileScheduleExpression = "%" + ReconcileScheduleSetting + "%";

    /// <summary>Every 30 seconds: with a 45-second threshold, a stuck document is driven on well within two minutes.</summary>
    public const string DefaultReconcileSchedule = "*/30 * * * * *";

    /// <summary>
    /// Each document's paragraphs (<c>{id}/paragraphs.json</c>, written once at ingest) and the classifier's labels
    /// (<c>{id}/labels-{item}.json</c>, one per work item of a classification): written once, read whole.
    /// </summary>
    public const string ParagraphsContainer = "paragraphs";

    /// <summary>Originals of withdrawn documents, under their intake names: a withdrawal never loses a file.</summary>
    public const string ArchiveContainer = "archive";

    public static IReadOnlyList<string> Containers { get; } = [IncomingContainer, ReportsContainer, ArchiveContainer, ParagraphsContainer];

    public static IReadOnlyList<string> Queues { get; } =
        [
            ClassifyQueue, CompileQueue, ReclassifyQueue, NotificationsQueue,
            ClassifyPoisonQueue, CompilePoisonQueue, ReclassifyPoisonQueue, NotificationsPoisonQueue, BlobTriggerPoisonQueue,
        ];

    public static IReadOnlyList<string> Tables { get; } =
        [DocumentsTable, CorrectionsTable, YearIndexTable, WorkItemsTable, SummariesTable, SubscriptionsTable, DeliveriesTable, RenditionsTable];
}
