using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Serverless.Shared;
using Serverless.Shared.Api;
using Serverless.Shared.Documents;
using Serverless.Shared.Storage;

namespace Serverless.IntegrationTests.Hostile;

/// <summary>
/// Crafted files and names (<see cref="HostileUploads"/>) sent over real HTTP in one batch with two ordinary
/// contributions: each is refused at the door with a problem body or ends in a final status with a reason, within the
/// batch's time, and the ordinary ones are classified as if nothing had happened. Time and memory on the same inputs
/// are measured by the throughput harness (<c>tests/Serverless.Throughput/results/hostile.md</c>).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class HostileInputTests(PlatformFixture platform)
{
    [Fact]
    public async Task EveryHostileUploadEndsClearly_AndTheOthersOfTheBatchAreClassified()
    {
        // Arrange
        var marker = Guid.NewGuid().ToString("N");
        var uploads = HostileUploads.All(PlatformFixture.MaxDocumentBytes, marker);
        Assert.True(uploads.Count >= 40, $"{uploads.Count} crafted uploads");
        var ordinary = new[] { "first", "second" }.Select(n => new HostileUpload(
            $"ordinary {n}", $"name=ordinary-{n}.md&year=2165&entity=ITU", System.Text.Encoding.UTF8.GetBytes(SampleTexts.Contribution($"{n} {marker}")), HostileOutcome.Classified)).ToArray();

        // Act: all at once.
        var answers = await Task.WhenAll(uploads.Concat(ordinary).Select(async u => (Upload: u, Answer: await SendAsync(u))));

        // Assert: each refusal at once, each accepted upload at its final status.
        var problems = new List<string>();
        var accepted = new List<(HostileUpload Upload, UploadAccepted Receipt)>();
        foreach (var (upload, (status, body)) in answers)
        {
            if (upload.Outcome == HostileOutcome.Refused)
            {
                var problem = TryRead<ApiProblem>(body);
                if ((int)status != upload.RefusedStatus || problem is null || (upload.Expect is not null && problem.Title?.Contains(upload.Expect, StringComparison.Ordinal) != true))
                {
                    problems.Add($"{upload.Label}: expected {upload.RefusedStatus} saying '{upload.Expect}', got {(int)status} {body}");
                }
            }
            else if (status != HttpStatusCode.Accepted || TryRead<UploadAccepted>(body) is not { } receipt)
            {
                problems.Add($"{upload.Label}: expected 202, got {(int)status} {body}");
            }
            else
            {
                accepted.Add((upload, receipt));
            }
        }

        var deadline = DateTime.UtcNow.AddMinutes(3);
        foreach (var (upload, receipt) in accepted)
        {
            var document = await WaitForFinalAsync(receipt.Id, deadline);
            problems.AddRange(Check(upload, receipt, document));
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    private static IEnumerable<string> Check(HostileUpload upload, UploadAccepted receipt, DocumentEntity? document)
    {
        if (document is null || document.StatusValue is not (DocumentStatus.Classified or DocumentStatus.Failed))
        {
            yield return $"{upload.Label}: still {document?.Status ?? "(no row)"} at the deadline";
            yield break;
        }

        var failed = document.StatusValue == DocumentStatus.Failed;
        if (failed && (string.IsNullOrWhiteSpace(document.FailureReason) || document.FailureReason.Contains("   at ", StringComparison.Ordinal)))
        {
            yield return $"{upload.Label}: failed without a readable reason: '{document.FailureReason}'";
        }

        if ((upload.Outcome == HostileOutcome.Classified && failed) || (upload.Outcome == HostileOutcome.Failed && !failed))
        {
            yield return $"{upload.Label}: expected {upload.Outcome}, got {document.Status} ({document.FailureReason})";
        }

        if (upload.Outcome == HostileOutcome.Failed && upload.Expect is not null && document.FailureReason?.Contains(upload.Expect, StringComparison.Ordinal) != true)
        {
            yield return $"{upload.Label}: the reason should say '{upload.Expect}': '{document.FailureReason}'";
        }

        // Whatever the name, the blob sits under the year folder and the file name has no folder or control character.
        if (!receipt.BlobName.StartsWith("2165/", StringComparison.Ordinal) || receipt.BlobName.Contains("..", StringComparison.Ordinal) ||
            receipt.BlobName.Any(char.IsControl) || document.FileName.Contains('/') || document.FileName.Contains('\\'))
        {
            yield return $"{upload.Label}: stored as '{receipt.BlobName}' / '{document.FileName}'";
        }
    }

    private async Task<(HttpStatusCode Status, string Body)> SendAsync(HostileUpload upload)
    {
        using var content = new ByteArrayContent(upload.Body);
        if (upload.ContentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(upload.ContentType);
        }

        using var response = await platform.Http.PostAsync($"api/documents?{upload.Query}", content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<DocumentEntity?> WaitForFinalAsync(string id, DateTime deadline)
    {
        DocumentEntity? last;
        do
        {
            last = await platform.Documents.GetAsync(id);
            if (last?.StatusValue is DocumentStatus.Classified or DocumentStatus.Failed)
            {
                return last;
            }

            await Task.Delay(250);
        }
        while (DateTime.UtcNow < deadline);

        return last;
    }

    private static T? TryRead<T>(string body) where T : class
    {
        try
        {
            return System.Text.Json.JsonSerializer.Deserialize<T>(body, ApiJson.Options);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
