namespace Serverless.Shared.Api;

/// <summary>The HTTP routes, relative to <c>/api</c>, in the form both hosts understand.</summary>
public static class ApiRoutes
{
    public const string Prefix = "api";
    public const string Documents = "documents";
    public const string DocumentFromUrl = "documents/from-url";
    public const string Document = "documents/{id}";
    public const string DocumentParagraphs = "documents/{id}/paragraphs";
    public const string ParagraphLabels = "documents/{id}/paragraphs/{index:int}/labels";
    public const string Paragraphs = "paragraphs";
    public const string Reviews = "reviews";
    public const string ReviewSuggestions = "reviews/suggestions";
    public const string Summary = "summaries/{year:int}";
    public const string SummaryReport = "summaries/{year:int}/report";
    public const string CompileSummary = "summaries/{year:int}/compile";
    public const string Reclassify = "reclassify";
    public const string Subscriptions = "subscriptions";
    public const string Subscription = "subscriptions/{id}";
    public const string Health = "health";
    public const string Taxonomy = "taxonomy";
    public const string OpenApi = "openapi.json";
}
