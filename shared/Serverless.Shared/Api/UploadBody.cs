using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Serverless.Shared.Documents;

namespace Serverless.Shared.Api;

/// <summary>
/// The bytes of an upload: the raw body, or, when a browser form or <c>curl -F</c> sent
/// <c>multipart/form-data</c>, the first file the form carries (its form headers and other fields are not content).
/// Both are read with the same limit, stopping as soon as it is passed.
/// </summary>
public static class UploadBody
{
    /// <summary>What was read: the content (null when over the limit), the file name the form gave, its content type.</summary>
    public sealed record Read(byte[]? Content, string? FormFileName, string? ContentType, string? Problem = null);

    public static async Task<Read> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return new Read(null, null, request.ContentType);
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return new Read(await BoundedRead.ReadAtMostAsync(request.Body, limit, cancellationToken), null, request.ContentType);
        }

        var boundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value;
        if (string.IsNullOrEmpty(boundary))
        {
            return new Read(null, null, null, "The multipart body has no boundary; send the file as the raw body or as a form file.");
        }

        var reader = new MultipartReader(boundary, request.Body) { HeadersLengthLimit = 16 * 1024 };
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) && disposition.IsFileDisposition())
                {
                    var name = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                    return new Read(await BoundedRead.ReadAtMostAsync(section.Body, limit, cancellationToken), name, section.ContentType);
                }

                // A plain form field: skip it, but never more than the limit.
                if (await BoundedRead.ReadAtMostAsync(section.Body, limit, cancellationToken) is null)
                {
                    return new Read(null, null, null);
                }
            }
        }
        catch (InvalidDataException e)
        {
            return new Read(null, null, null, $"The multipart body cannot be read ({e.Message}); send the file as the raw body or as a form file.");
        }
        catch (IOException)
        {
            // The body ended before the form's closing boundary: cut off on the way, or its boundary is not the one the
            // header declares. It was answered 500, as if the platform had failed.
            return new Read(null, null, null, "The multipart body ends before its closing boundary (the upload was cut off, or the boundary in Content-Type is not the body's); send the file again.");
        }

        return new Read(null, null, null, "The multipart body carries no file; send the file as the raw body or as a form file.");
    }
}
