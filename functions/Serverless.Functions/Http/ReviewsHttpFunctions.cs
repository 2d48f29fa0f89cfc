using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Serverless.Shared.Api;

namespace Serverless.Functions.Http;

/// <summary>
/// Reviewers' corrections of a paragraph's labels (a function key in Azure), their export as a labelled set and the
/// review suggestions (anonymous), mapped onto <see cref="ReviewsApi"/>.
/// </summary>
public sealed class ReviewsHttpFunctions(ReviewsServices services)
{
    [Function(nameof(CorrectParagraphLabels))]
    public Task<IActionResult> CorrectParagraphLabels(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = ApiRoutes.ParagraphLabels)] HttpRequest request, string id, int index) =>
        ReviewsApi.CorrectAsync(id, index, request, services, request.HttpContext.RequestAborted).ToActionResult();

    [Function(nameof(WithdrawParagraphLabels))]
    public Task<IActionResult> WithdrawParagraphLabels(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = ApiRoutes.ParagraphLabels)] HttpRequest request, string id, int index) =>
        ReviewsApi.WithdrawAsync(id, index, services, request.HttpContext.RequestAborted).ToActionResult();

    [Function(nameof(ExportReviews))]
    public Task<IActionResult> ExportReviews(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = ApiRoutes.Reviews)] HttpRequest request) =>
        ReviewsApi.ExportAsync(request.Query["year"], request.Query["limit"], request.Query["continuationToken"], services, request.HttpContext.RequestAborted).ToActionResult();

    [Function(nameof(SuggestReviews))]
    public Task<IActionResult> SuggestReviews(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = ApiRoutes.ReviewSuggestions)] HttpRequest request) =>
        ReviewsApi.SuggestAsync(request.Query["year"], request.Query["limit"], request.Query["continuationToken"], services, request.HttpContext.RequestAborted).ToActionResult();
}
