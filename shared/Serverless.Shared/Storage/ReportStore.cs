using Azure;
using Azure.Storage.Blobs.Models;
using Serverless.Shared.Summary.Report;

namespace Serverless.Shared.Storage;

/// <summary>
/// The rendered drafts in the <c>reports</c> container: <c>{year}/summary.{ext}</c> in the year's majority
/// language and <c>{year}/summary.{lang}.{ext}</c> in each language. A blob upload replaces a blob whole, so a
/// reader gets the previous or the new draft, never a mix.
/// </summary>
public sealed class ReportStore(StorageClients storage)
{
    public static string BlobName(int year, string extension, string? language = null) =>
        language is null ? $"{year}/summary.{extension}" : $"{year}/summary.{language}.{extension}";

    public Task WriteAsync(string blobName, byte[] content, string contentType, CancellationToken cancellationToken = default) =>
        storage.Container(StorageNames.ReportsContainer).GetBlobClient(blobName).UploadAsync(
            new BinaryData(content),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } },
            cancellationToken);

    public async Task<byte[]?> ReadAsync(string blobName, CancellationToken cancellationToken = default)
    {
        try
        {
            var response = await storage.Container(StorageNames.ReportsContainer).GetBlobClient(blobName).DownloadContentAsync(cancellationToken);
            return response.Value.Content.ToArray();
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }
}
