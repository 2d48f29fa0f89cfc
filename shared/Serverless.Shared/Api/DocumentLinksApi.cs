using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Serverless.Shared.Documents;
using Serverless.Shared.Downloads;
using Serverless.Shared.Pipeline;

namespace Serverless.Shared.Api;

/// <summary>Ingest a document from a link: portals often hold the official PDF's address rather than the file.</summary>
public static class DocumentLinksApi
{
    private const string Usage = "Send {\"url\": \"https://documents.un.org/...\", \"year\": 2025, \"entity\": \"ITU\"} (year, entity, name and replaces optional).";

    /// <summary>Maps <c>POST /api/documents/from-url</c> onto the <c>/api</c> group.</summary>
    public static IEndpointRouteBuilder MapDocumentLinksApi(this IEndpointRouteBuilder api)
    {
        api.MapPost(ApiRoutes.DocumentFromUrl, IngestAsync);
        return api;
    }

    /// <summary>
    /// <c>POST /api/documents/from-url</c> with <see cref="DocumentLinkRequest"/>: downloads the document now (so a dead
    /// link is reported to the caller, not discovered later) and puts it into the pipeline like an upload.
    /// </summary>
    public static async Task<Results<Accepted<UploadAccepted>, BadRequest<ApiProblem>, JsonHttpResult<ApiProblem>>> IngestAsync(
        HttpRequest request, DocumentLinksServices services, CancellationToken cancellationToken)
    {
        var (link, bodyProblem) = await JsonBody.ReadAsync<DocumentLinkRequest>(request, cancellationToken);
        if (bodyProblem is not null)
        {
            return ApiProblem.BadRequest(bodyProblem);
        }

        if (link is null || string.IsNullOrWhiteSpace(link.Url))
        {
            return ApiProblem.BadRequest(Usage);
        }

        if (!Uri.TryCreate(link.Url.Trim(), UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            return ApiProblem.BadRequest($"'{link.Url}' is not an http or https address. {Usage}");
        }

        var entity = UploadMetadataValidator.ReadEntity(link.Entity);
        if (UploadMetadataValidator.Problem(link.Year, entity, "\"year\": 2025") is { } problem)
        {
            return ApiProblem.BadRequest(problem);
        }

        string? givenName = null;
        if (!string.IsNullOrWhiteSpace(link.Name) && !UploadMetadataValidator.TryReadName(link.Name, out givenName, out var nameProblem))
        {
            return ApiProblem.BadRequest(nameProblem);
        }

        var (replaces, replacesProblem) = await ReplacedDocumentCheck.ReadAsync(link.Replaces, services.Documents, cancellationToken);
        if (replacesProblem is not null)
        {
            return ApiProblem.BadRequest(replacesProblem);
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
            new IntakeRequest(name, document.Content, link.Year, entity, document.ContentType) { SourceUrl = url, Replaces = replaces },
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
