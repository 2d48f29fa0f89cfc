using Serverless.Shared.Classification;
using Serverless.Shared.Documents;
using Serverless.Shared.Summary;

namespace Serverless.Shared.Api.Contract;

/// <summary>
/// Every route of the HTTP API, in the order the OpenAPI document lists them. Both hosts map exactly these (a test
/// compares each host's route table with this one), and <see cref="OpenApiDocument"/> describes them.
/// </summary>
public static class ApiRouteTable
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    private static readonly ApiParameter Year = new("year", "The year the documents were contributed for (1990-2200).", "integer", Example: "2025");

    private static readonly ApiParameter[] Paging =
    [
        new("limit", $"How many items a page holds, 1 to {MaxLimit} ({DefaultLimit} when left out).", "integer", Example: "50"),
        new("continuationToken", "Where the next page starts: the token of the previous page's Link: rel=\"next\" header. Opaque; leave it out for the first page."),
    ];

    private static ApiResponse Problem(int status, string when) => new(status, when, typeof(ApiProblem), ApiProblem.ContentType);

    private static readonly ApiResponse NoDocument = Problem(404, "No document has that id.");

    public static IReadOnlyList<ApiOperation> Operations { get; } =
    [
        new("POST", ApiRoutes.Documents, "UploadDocument", "Documents", "Upload a document (the file as the raw body).", NeedsKey: true)
        {
            Description = "Stores the file in the intake container; the pipeline reads, segments and classifies it. `name`, `year`, `entity` and `replaces` may come as query values or headers.",
            Headers =
            [
                new("name", "The file name, with its extension (report.pdf).", Required: true, Example: "contribution.md"),
                new("year", "The year it contributes to; detected from the text when left out.", "integer", Example: "2025"),
                new("entity", "The contributing entity (ITU, UNESCO...); detected when left out.", Example: "ITU"),
                new("replaces", "The id of a document this file is a newer version of (a corrected report): that one is withdrawn as soon as this one is classified."),
            ],
            RequestBody = new ApiRequestBody("The file: PDF, DOCX, HTML, Markdown or plain text.", null, "application/octet-stream"),
            Responses =
            [
                new(202, "Accepted; follow the status URL (also the Location header).", typeof(UploadAccepted)),
                Problem(400, "No file name, a year out of range, an entity with a slash, or a 'replaces' id the platform does not hold."),
                Problem(413, "Larger than the size limit."),
            ],
        },
        new("POST", ApiRoutes.DocumentFromUrl, "IngestDocumentFromUrl", "Documents", "Ingest a document from a link (downloaded at once).", NeedsKey: true)
        {
            RequestBody = new ApiRequestBody("The document's address; year, entity, name and replaces (the id of the document it is a newer version of) optional.", typeof(DocumentLinkRequest))
            {
                Example = new { url = "https://documents.un.org/doc/undoc/gen/n25/123/45/pdf/n2512345.pdf", year = 2025, entity = "ITU" },
            },
            Responses =
            [
                new(202, "Downloaded and accepted, as for an upload.", typeof(UploadAccepted)),
                Problem(400, "Not an http(s) address, a host downloads are not allowed from (also after a redirect), or a 'replaces' id the platform does not hold."),
                Problem(413, "Larger than the size limit."),
                Problem(502, "The source answered with an error after retries, or could not be reached."),
                Problem(504, "The source was too slow."),
            ],
        },
        new("GET", ApiRoutes.Documents, "ListDocuments", "Documents", "The documents, page by page, optionally of one year and status.")
        {
            Query = [Year, new("status", "Only documents in this status.") { Allowed = Enum.GetNames<DocumentStatus>() }, .. Paging],
            Paged = true,
            Responses = [new(200, "A page of documents, in id order.", typeof(DocumentRecord[])), Problem(400, "A bad year, status, limit or token.")],
        },
        new("GET", ApiRoutes.Document, "GetDocument", "Documents", "One document: status, failure reason, year and entity and their sources, counts.")
        {
            Conditional = true,
            Responses = [new(200, "The document.", typeof(DocumentRecord)), new(304, "Not modified since the ETag given in If-None-Match.", null, null), NoDocument],
        },
        new("PATCH", ApiRoutes.Document, "CorrectDocument", "Documents", "Correct a document's year or entity (kept with who and when).", NeedsKey: true)
        {
            Description = "The correction wins over the path, metadata and detection, also when the document is read again. The paragraphs move to the corrected year in the queries at once, and in the summaries at their next compile.",
            RequestBody = new ApiRequestBody("The corrected year and/or entity, and who corrects them.", typeof(DocumentCorrectionRequest))
            {
                Example = new { year = 2025, entity = "ITU", reviewer = "A. Reviewer", note = "The path said 2024; the cover says 2025." },
            },
            Responses =
            [
                new(200, "The corrected document.", typeof(DocumentRecord)),
                Problem(400, "No reviewer, neither year nor entity, a year out of range or an entity with a slash."),
                NoDocument,
                Problem(409, "It is still being read or classified; try again when it is Classified or Failed."),
            ],
        },
        new("DELETE", ApiRoutes.Document, "WithdrawDocument", "Documents", "Withdraw a document: out of the queries and the next summary; the original is archived.", NeedsKey: true)
        {
            Query =
            [
                new("reviewer", "Who withdraws it.", Required: true, Example: "A. Reviewer"),
                new("reason", "Why, e.g. a test upload.", Example: "test upload"),
            ],
            Responses =
            [
                new(200, "The withdrawn document (status Withdrawn). Asking again answers the same.", typeof(DocumentRecord)),
                Problem(400, "No reviewer."),
                NoDocument,
                Problem(409, "It is still being read or classified; try again when it is Classified or Failed."),
            ],
        },
        new("GET", ApiRoutes.DocumentParagraphs, "GetDocumentParagraphs", "Documents", "A document's paragraphs in order, with labels and evidence.")
        {
            Query = Paging,
            Paged = true,
            Responses = [new(200, "A page of paragraphs.", typeof(ParagraphView[])), Problem(400, "A bad limit or token."), NoDocument],
        },
        new("PUT", ApiRoutes.ParagraphLabels, "CorrectParagraphLabels", "Reviews", "Record a reviewer's correction of a paragraph's labels.", NeedsKey: true)
        {
            RequestBody = new ApiRequestBody("The labels the paragraph should have, and who says so.", typeof(LabelCorrectionRequest))
            {
                Example = new { actionLines = new[] { "C2" }, requestingBodies = new[] { "GA" }, reviewer = "A. Reviewer", note = "About broadband, not e-government." },
            },
            Responses = [new(200, "The paragraph with the correction.", typeof(ParagraphView)), Problem(400, "A missing reviewer, or an unknown action line or body."), Problem(404, "No such document, or no such paragraph in it.")],
        },
        new("DELETE", ApiRoutes.ParagraphLabels, "WithdrawParagraphLabels", "Reviews", "Withdraw a correction: back to the classifier's labels.", NeedsKey: true)
        {
            Responses = [new(200, "The paragraph with the classifier's labels.", typeof(ParagraphView)), Problem(404, "No such document, or no such paragraph in it.")],
        },
        new("GET", ApiRoutes.Reviews, "ExportReviews", "Reviews", "The year's reviewed paragraphs as JSON Lines in the labelled-set format.")
        {
            Query = [Year with { Required = true }, .. Paging],
            Paged = true,
            Responses = [new(200, "One reviewed paragraph per line.", typeof(ReviewedParagraphLine), "application/x-ndjson"), Problem(400, "No year, or a bad limit or token.")],
        },
        new("GET", ApiRoutes.ReviewSuggestions, "SuggestReviews", "Reviews", "The year's closest calls, for reviewers: the paragraphs to check first.")
        {
            Query = [Year with { Required = true }, .. Paging],
            Paged = true,
            Responses = [new(200, "A page of suggestions, closest call first.", typeof(ReviewSuggestion[])), Problem(400, "No year, or a bad limit or token.")],
        },
        new("GET", ApiRoutes.Paragraphs, "QueryParagraphs", "Paragraphs", "Paragraphs of a year by action line, requesting body and words.")
        {
            Description = "Give the year and at least one of `actionLine`, `body` and `q`. An action line includes its sub-lines (C7 gives C7.1..C7.8 too). `q` keeps the paragraphs holding every word given, whatever the case and accents. Withdrawn documents are left out, and a text received again as another rendition (PDF, DOCX, HTML) is listed once.",
            Query =
            [
                Year with { Required = true },
                new("actionLine", "An action line (C1..C11) or C7 sub-line (C7.1..C7.8).", Example: "C7"),
                new("body", "A requesting body the paragraph cites (GA, ECOSOC, CSTD...).", Example: "GA"),
                new("q", "Words the paragraph must all hold (case and accents ignored).", Example: "broadband"),
                .. Paging,
            ],
            Paged = true,
            Responses = [new(200, "A page of matching paragraphs, in document and paragraph order.", typeof(ParagraphHit[])), Problem(400, "No year, no filter, an unknown action line or body, or a bad limit or token.")],
        },
        new("GET", ApiRoutes.Summary, "GetSummary", "Summaries", "The current version of the year's summary.")
        {
            Conditional = true,
            Responses = [new(200, "The summary.", typeof(YearSummary)), new(304, "Not modified since the ETag given in If-None-Match.", null, null), Problem(400, "A year out of range."), Problem(404, "Not compiled yet, or the compile failed (the reason is given).")],
        },
        new("GET", ApiRoutes.SummaryReport, "GetSummaryReport", "Summaries", "The year's draft report, as Markdown, HTML or DOCX.")
        {
            Query =
            [
                new("format", "md (default), html or docx.") { Allowed = ["md", "html", "docx"] },
                new("lang", "fr or en; the year's majority language when left out.") { Allowed = ["fr", "en"] },
                new("version", "The summary version (its ETag without quotes): a versioned report never changes and may be cached for good."),
                new("disposition", "inline to show the report in a browser rather than download it.") { Allowed = ["inline", "attachment"] },
            ],
            Conditional = true,
            Responses =
            [
                new(200, "The report.", null, "text/markdown") { OtherContentTypes = ["text/html", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"] },
                new(304, "Not modified since the ETag given in If-None-Match.", null, null),
                Problem(400, "A year out of range, or an unknown format or language."),
                Problem(404, "No report for the year yet, or not of that version."),
            ],
        },
        new("POST", ApiRoutes.CompileSummary, "CompileSummaryNow", "Summaries", "Compile the year's summary and draft report now.", NeedsKey: true)
        {
            Responses = [new(202, "Queued; the summary URL answers when it is done.", typeof(CompileAccepted)), Problem(400, "A year out of range.")],
        },
        new("POST", ApiRoutes.Reclassify, "ReclassifyDocuments", "Summaries", "Classify stored paragraphs again (e.g. after a taxonomy change).", NeedsKey: true)
        {
            Query = [Year, new("outdated", "true: only documents classified with an earlier taxonomy.", "boolean")],
            Responses = [new(202, "Queued; follow the documents still classifying.", typeof(ReclassifyAccepted)), Problem(400, "A bad year or outdated value.")],
        },
        new("POST", ApiRoutes.Subscriptions, "Subscribe", "Subscriptions", "Subscribe a portal's webhook.", NeedsKey: true)
        {
            RequestBody = new ApiRequestBody("Where to post, and which events (all when left out).", typeof(SubscriptionRequest))
            {
                Example = new { url = "https://portal.example.org/hooks/wsis", events = new[] { "document.classified" } },
            },
            Responses = [new(201, "Subscribed; the secret is shown only here.", typeof(SubscriptionCreated)), Problem(400, "A host not allowed, a non-https address or an unknown event.")],
        },
        new("GET", ApiRoutes.Subscriptions, "ListSubscriptions", "Subscriptions", "Every subscription with its last delivery and failure.", NeedsKey: true)
        {
            Responses = [new(200, "The subscriptions (never their secrets).", typeof(SubscriptionView[]))],
        },
        new("DELETE", ApiRoutes.Subscription, "Unsubscribe", "Subscriptions", "Unsubscribe.", NeedsKey: true)
        {
            Responses = [new(204, "Unsubscribed.", null, null), Problem(404, "No subscription has that id.")],
        },
        new("GET", ApiRoutes.Health, "Health", "Platform", "Liveness with a storage round trip and the queues' backlog.")
        {
            Responses = [new(200, "Storage answers.", typeof(HealthReport)), new(503, "Storage does not answer.", typeof(HealthReport))],
        },
        new("GET", ApiRoutes.Taxonomy, "GetTaxonomy", "Platform", "The action lines, bodies and addressees the classifier uses, with the taxonomy version.")
        {
            Responses = [new(200, "The taxonomy.", typeof(Taxonomy))],
        },
        new("GET", ApiRoutes.OpenApi, "GetOpenApiDocument", "Platform", "This document: the API's contract in OpenAPI 3.1.")
        {
            Responses = [new(200, "The OpenAPI document.", null)],
        },
    ];

    /// <summary>The operations whose route matches the path (relative to <c>/api</c>), constraints aside.</summary>
    public static IReadOnlyList<ApiOperation> Matching(string path)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return Operations.Where(o => o.Segments.Count == parts.Length
                && o.Segments.Zip(parts).All(p => p.First.IsParameter || p.First.Name.Equals(p.Second, StringComparison.OrdinalIgnoreCase)))
            .ToArray();
    }
}
