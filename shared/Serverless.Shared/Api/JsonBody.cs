using System.Buffers;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;

namespace Serverless.Shared.Api;

/// <summary>
/// Reads a request's JSON body for a handler that answers a malformed one with its own usage message. Every JSON
/// request the API takes is a few lines a person or a portal writes (a correction, a link, a subscription), so the
/// body is read only up to <see cref="MaxBytes"/>: the web server lets a body be as large as an upload (50 MB), and
/// such a body of JSON was parsed whole into memory before.
/// </summary>
public static class JsonBody
{
    /// <summary>Largest JSON request body read (64 KB: a correction with the longest note allowed is under 25 KB).</summary>
    public const int MaxBytes = 64 * 1024;

    /// <summary>
    /// The request conventions: those of the responses, and a field named twice refused rather than the last one kept
    /// (which of two values a checker in front of the API and the API itself would take is not to be guessed).
    /// </summary>
    private static readonly JsonSerializerOptions RequestOptions = new(ApiJson.Options) { AllowDuplicateProperties = false };

    /// <summary>
    /// The body as <typeparamref name="T"/>; a null value when it is missing, not JSON, or not of that shape (the
    /// handler's usage message says what to send); a problem when it is too large or not UTF-8.
    /// </summary>
    public static async Task<(T? Value, string? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken) where T : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, null);
        }

        if (request.ContentLength > MaxBytes)
        {
            return (null, TooLarge);
        }

        var buffer = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            var read = await request.Body.ReadAsync(buffer.GetMemory(4096), cancellationToken);
            if (read == 0)
            {
                break;
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > MaxBytes)
            {
                return (null, TooLarge);
            }
        }

        var json = buffer.WrittenSpan;
        if (json.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }

        // Invalid bytes in a string were read as U+FFFD and stored so; a name or note is refused instead, whole.
        if (!Utf8.IsValid(json))
        {
            return (null, "The request body is not valid UTF-8: send the JSON encoded in UTF-8.");
        }

        try
        {
            return (JsonSerializer.Deserialize<T>(json, RequestOptions), null);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static string TooLarge => $"The request body is larger than the {MaxBytes / 1024} KB a JSON request may have; send only the fields the route takes.";
}
