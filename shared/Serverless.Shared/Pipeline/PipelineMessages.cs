using System.Text.Json;

namespace Serverless.Shared.Pipeline;

/// <summary>
/// A claim-check pointer to a range of stored paragraphs: a few dozen bytes whatever the document's size.
/// </summary>
/// <param name="Item">0-based work item number within the document.</param>
/// <param name="First">Index of the first paragraph of the range.</param>
/// <param name="Held">What classification needs of the document's row as intake wrote it, with the row's ETag; only on
/// the single work item of a document of one, and null on items queued again by the reconciliation or a
/// re-classification (the step then reads the row).</param>
public sealed record ClassifyWorkItem(string DocumentId, int Item, int First, int Count, HeldDocument? Held = null);

/// <summary>A request to compile one year's summary.</summary>
public sealed record CompileRequest(int Year, string? RequestedBy = null);

/// <summary>
/// A request to classify stored paragraphs again: one year's documents, or every document when Year is null; with
/// <paramref name="OnlyOutdated"/>, only those classified with another taxonomy version than the current one.
/// </summary>
public sealed record ReclassifyRequest(int? Year, string? RequestedBy = null, bool OnlyOutdated = false);

/// <summary>Serialises queue messages the same way in both hosts (JSON, camelCase).</summary>
public static class PipelineMessages
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize<T>(T message) => JsonSerializer.Serialize(message, Options);

    /// <summary>Parses a message; null when it is not valid JSON of that shape.</summary>
    public static T? TryParse<T>(string text) where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(text, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
