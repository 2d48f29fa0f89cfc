using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Serverless.Shared.Documents;
using Serverless.Shared.Downloads;
using Serverless.Shared.Pipeline;

namespace Serverless.Shared.Api;

/// <summary>Ingest a document from a link: portals often hold the official PDF's address rather than the file.</summary>
public static class DocumentLinksApi
{
    private const string Usage = "Send {\"url\": \"https://documents.un.org/...\", \"year\": 2025, \"entity\": \"ITU\"} (year, entity and name optional).";

    /// <summary>
    /// <c>POST /api/documents/from-url</c> with <see cref="DocumentLinkRequest"/>: downloads the document now (so a dead
    /// link is reported to the caller, not discovered later) and puts it into the pipeline like an upload.
    /// </summary>
    public static async Task<Results<Accepted<UploadAccepted>, BadRequest<ApiProblem>, JsonHttpResult<ApiProblem>>> IngestAsync(
        HttpRequest request, ApiServices services, CancellationToken cancellationToken)
    {
        var link = await JsonBody.TryReadAsync<DocumentLinkRequest>(request, cancellationToken);

        if (link is null || string.IsNullOrWhiteSpace(link.Url))
        {
            return ApiProblem.BadRequest(Usage);
        }

        if (!Uri.TryCreate(link.Url.Trim(), UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            return ApiProblem.BadRequest($"'{link.Url}' is not an http or https address. {Usage}");
        }

        if (link.Year is { } year && !UploadPath.TryParseYear(year.ToString(System.Globalization.CultureInfo.InvariantCulture), out _))
        {
            return ApiProblem.BadRequest($"'{year}' is not a year; give four digits, e.g. 2025.");
        }

        var entity = link.Entity?.Trim();
        if (!string.IsNullOrEmpty(entity) && UploadNames.EntityProblem(entity) is { } entityProblem)
        {
            return ApiProblem.BadRequest(entityProblem);
        }

        var givenName = string.IsNullOrWhiteSpace(link.Name) ? null : UploadNames.CleanFileName(link.Name);
        if (!string.IsNullOrWhiteSpace(link.Name) && givenName is null)
        {
            return ApiProblem.BadRequest($"'{UploadNames.ForLog(link.Name)}' is not a file name; give one such as report.pdf.");
        }

        DownloadedDocument document;
        try
        {
            document = await services.Downloader.DownloadAsync(url, services.Pipeline.MaxDocumentBytes, cancellationToken);
        }
        catch (DocumentDownloadException e)
        {
            return e.Failure == DownloadFailure.NotAllowed ? ApiProblem.BadRequest(e.Message) : TypedResults.Json(new ApiProblem(StatusOf(e.Failure), e.Message), statusCode: StatusOf(e.Failure));
        }

        var name = givenName ?? UploadNames.CleanFileName(document.FileName) ?? "download";
        var receipt = await services.Intake.AcceptAsync(
            new IntakeRequest(name, document.Content, link.Year, string.IsNullOrEmpty(entity) ? null : entity, document.ContentType) { SourceUrl = url },
            cancellationToken);
        return UploadAccepted.From(receipt);
    }

    private static int StatusOf(DownloadFailure failure) => failure switch
    {
        DownloadFailure.TooLarge => StatusCodes.Status413PayloadTooLarge,
        DownloadFailure.TimedOut => StatusCodes.Status504GatewayTimeout,
        _ => StatusCodes.Status502BadGateway,
    };
}
