using System.Net.Http.Headers;
using Serverless.Shared.Documents;

namespace Serverless.Shared.Downloads;

/// <summary>
/// The file name to store a download under: the one the source declares (<c>Content-Disposition</c>), else the last
/// segment of the address, with an extension from the content type when it has none, since readers are chosen partly
/// by extension.
/// </summary>
public static class DownloadFileName
{
    private static readonly Dictionary<string, string> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["application/pdf"] = ".pdf",
        ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"] = ".docx",
        ["text/html"] = ".html",
        ["application/xhtml+xml"] = ".html",
        ["text/markdown"] = ".md",
        ["text/plain"] = ".txt",
    };

    public static string For(Uri url, HttpContentHeaders? headers)
    {
        var declared = headers?.ContentDisposition is { } disposition ? disposition.FileNameStar ?? disposition.FileName : null;
        var name = Clean(declared?.Trim('"')) ?? Clean(Uri.UnescapeDataString(url.Segments.LastOrDefault() ?? string.Empty)) ?? "document";
        if (!Path.HasExtension(name) && headers?.ContentType?.MediaType is { } type && Extensions.TryGetValue(type, out var extension))
        {
            name += extension;
        }

        return name;
    }

    private static string? Clean(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        // The same rule as every other upload name: no folders, dot segments or control characters.
        return UploadNames.CleanFileName(name.TrimEnd('/', '\\'));
    }
}
