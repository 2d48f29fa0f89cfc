using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Shared;
using Serverless.Shared.Api;
using Serverless.Shared.Documents;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;

namespace Serverless.IntegrationTests.Pipeline;

/// <summary>A file saved again over its own name in the intake container (a corrected report), through the real pipeline on Azurite and the HTTP API.</summary>
[Collection(PlatformCollection.Name)]
public class ReplacedVersionTests(PlatformFixture platform)
{
    private const int Year = 2193;

    [Fact]
    public async Task TheNewerVersionAloneCounts_AndTheEarlierIsWithdrawnNamingIt_When_AFileIsWrittenAgainUnderItsName()
    {
        // Arrange: one name, two versions, each classified before the next compile.
        const string blobName = "2193/ITU/annual-report.md";
        var first = await platform.DropAsync(blobName, SampleTexts.Contribution("first version " + Guid.NewGuid()));
        await platform.WaitForFinalStatusAsync(first);
        await Task.Delay(TimeSpan.FromSeconds(1.1)); // storage records write times to the second
        var second = await platform.DropAsync(blobName, SampleTexts.Contribution("corrected version " + Guid.NewGuid()));
        await platform.WaitForFinalStatusAsync(second);
        var compiler = platform.Platform.Services.GetRequiredService<CompileSummaryStep>();

        // Act: compiled twice, as a timer and a person asking may both do.
        var summary = await compiler.CompileAsync(Year);
        var again = await compiler.CompileAsync(Year);

        // Assert
        Assert.Equal(1, summary.Totals.Documents);
        Assert.Equal(summary.Version, again.Version);
        var earlier = await platform.Http.GetFromJsonAsync<DocumentRecord>($"api/documents/{first}", ApiJson.Options);
        var current = await platform.Http.GetFromJsonAsync<DocumentRecord>($"api/documents/{second}", ApiJson.Options);
        Assert.Equal(DocumentStatus.Withdrawn, earlier!.Status);
        Assert.Equal(second, earlier.ReplacedBy);
        Assert.Equal(DocumentWithdrawer.Platform, earlier.Withdrawal!.By);
        Assert.Contains("replaced in storage by a newer version", earlier.Withdrawal.Reason);
        Assert.Equal(DocumentStatus.Classified, current!.Status);
        Assert.Null(current.ReplacedBy);
        var hits = await platform.Http.GetFromJsonAsync<ParagraphHit[]>($"api/paragraphs?year={Year}&actionLine=C2", ApiJson.Options);
        Assert.All(hits!, h => Assert.Equal(second, h.DocumentId));
        Assert.NotEmpty(hits!);
    }

    [Fact]
    public async Task ANameReusedForNextYearsContribution_ReplacesNothing_EachCountsInItsYear()
    {
        // Arrange: one name, written for 2196 and then again for 2197 (the year in the blob's metadata).
        const string blobName = "ITU/yearly-contribution.md";
        var earlier = await platform.DropAsync(blobName, Encoding.UTF8.GetBytes(SampleTexts.Contribution("2196 " + Guid.NewGuid())),
            new Dictionary<string, string> { ["year"] = "2196" });
        await platform.WaitForFinalStatusAsync(earlier);
        await Task.Delay(TimeSpan.FromSeconds(1.1));
        var later = await platform.DropAsync(blobName, Encoding.UTF8.GetBytes(SampleTexts.Contribution("2197 " + Guid.NewGuid())),
            new Dictionary<string, string> { ["year"] = "2197" });
        await platform.WaitForFinalStatusAsync(later);
        var compiler = platform.Platform.Services.GetRequiredService<CompileSummaryStep>();

        // Act
        var first = await compiler.CompileAsync(2196);
        var second = await compiler.CompileAsync(2197);

        // Assert
        Assert.Equal((1, 1), (first.Totals.Documents, second.Totals.Documents));
        Assert.Equal(DocumentStatus.Classified, (await platform.Documents.GetAsync(earlier))!.StatusValue);
    }

    [Fact]
    public async Task AnUploadThatSaysItReplacesADocument_CountsAlone_AndTheEarlierIsWithdrawnAndArchived()
    {
        // Arrange: the first version uploaded over HTTP and classified.
        const int year = 2194;
        var first = await UploadAsync($"api/documents?name=report.md&year={year}&entity=ITU", SampleTexts.Contribution("first " + Guid.NewGuid()));
        var earlierRow = await platform.WaitForFinalStatusAsync(first.Id);

        // Act: the corrected version says which document it replaces; then the year is compiled.
        var second = await UploadAsync($"api/documents?name=report-corrected.md&year={year}&entity=ITU&replaces={first.Id.ToUpperInvariant()}",
            SampleTexts.Contribution("corrected " + Guid.NewGuid()));
        await platform.WaitForFinalStatusAsync(second.Id);
        var summary = await platform.Platform.Services.GetRequiredService<CompileSummaryStep>().CompileAsync(year);

        // Assert
        Assert.Equal(1, summary.Totals.Documents);
        var earlier = await platform.Http.GetFromJsonAsync<DocumentRecord>($"api/documents/{first.Id}", ApiJson.Options);
        var current = await platform.Http.GetFromJsonAsync<DocumentRecord>($"api/documents/{second.Id}", ApiJson.Options);
        Assert.Equal((DocumentStatus.Withdrawn, second.Id), (earlier!.Status, earlier.ReplacedBy));
        Assert.Contains("uploaded as its newer version", earlier.Withdrawal!.Reason);
        Assert.Equal((DocumentStatus.Classified, first.Id), (current!.Status, current.Replaces));
        Assert.True(await platform.Storage.Container(StorageNames.ArchiveContainer).GetBlobClient(earlierRow.BlobName).ExistsAsync());
    }

    [Fact]
    public async Task AnUploadThatSaysItReplacesADocument_WithdrawsItOnceClassified_WithoutWaitingForTheCompile()
    {
        // Arrange: the first version uploaded and classified, its paragraphs in the queries.
        const int year = 2199;
        var marker = "w" + Guid.NewGuid().ToString("N")[..12];
        var first = await UploadAsync($"api/documents?name=report.md&year={year}&entity=ITU", SampleTexts.Contribution($"first {marker}"));
        await platform.WaitForFinalStatusAsync(first.Id);

        // Act: the corrected version says which document it replaces; no compile runs.
        var second = await UploadAsync($"api/documents?name=report-corrected.md&year={year}&entity=ITU&replaces={first.Id}",
            SampleTexts.Contribution($"corrected {marker}"));
        await platform.WaitForFinalStatusAsync(second.Id);
        var earlierRow = await platform.WaitForAsync(first.Id, d => d.StatusValue == DocumentStatus.Withdrawn, "Withdrawn", seconds: 30);
        await WaitForArchiveAsync(earlierRow.BlobName); // the withdrawal's last step

        // Assert: withdrawn by the platform naming its newer version; the queries hold the newer one alone.
        Assert.Equal((DocumentWithdrawer.Platform, second.Id), (earlierRow.WithdrawnBy, earlierRow.ReplacedBy));
        var hits = await platform.Http.GetFromJsonAsync<ParagraphHit[]>($"api/paragraphs?year={year}&q={marker}", ApiJson.Options);
        Assert.NotEmpty(hits!);
        Assert.All(hits!, h => Assert.Equal(second.Id, h.DocumentId));
        var listed = await platform.Documents.ListAsync(year, DocumentStatus.Classified);
        Assert.Equal([second.Id], listed.Select(d => d.PartitionKey).Where(id => id == first.Id || id == second.Id));
    }

    [Fact]
    public async Task AWithdrawalCutShortBeforeTheIndexWasCleared_IsFinished_When_TheNewerVersionsItemIsDeliveredAgain()
    {
        // Arrange: a corrected version withdraws the first; then the first's index row is put back, as a worker stopped
        // between the withdrawal's status write and its index removal would have left it.
        const int year = 2198;
        var first = await UploadAsync($"api/documents?name=report.md&year={year}&entity=ITU", SampleTexts.Contribution("first " + Guid.NewGuid()));
        await platform.WaitForFinalStatusAsync(first.Id);
        var yearIndex = platform.Platform.Services.GetRequiredService<YearIndexStore>();
        var indexRow = (await yearIndex.GetAsync(year, first.Id))!;
        var second = await UploadAsync($"api/documents?name=report-v2.md&year={year}&entity=ITU&replaces={first.Id}",
            SampleTexts.Contribution("second " + Guid.NewGuid()));
        await platform.WaitForFinalStatusAsync(second.Id);
        var withdrawn = await platform.WaitForAsync(first.Id, d => d.StatusValue == DocumentStatus.Withdrawn, "Withdrawn", seconds: 30);
        await WaitForArchiveAsync(withdrawn.BlobName);
        await yearIndex.WriteAsync(indexRow);

        // Act: what the newer version's work item does when delivered again.
        await platform.Platform.Services.GetRequiredService<DeclaredReplacement>().SettleAsync((await platform.Documents.GetAsync(second.Id))!);

        // Assert
        Assert.Null(await yearIndex.GetAsync(year, first.Id));
        var hits = await platform.Http.GetFromJsonAsync<ParagraphHit[]>($"api/paragraphs?year={year}&actionLine=C2", ApiJson.Options);
        Assert.All(hits!, h => Assert.Equal(second.Id, h.DocumentId));
        Assert.Equal(DocumentStatus.Withdrawn, (await platform.Documents.GetAsync(first.Id))!.StatusValue);
    }

    [Theory]
    [InlineData("not-an-id", "64 hexadecimal digits")]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000", "No document has the id")]
    public async Task AnUploadIsRefused_When_ItReplacesNoDocumentThePlatformHolds(string replaces, string expected)
    {
        using var response = await platform.Http.PostAsync($"api/documents?name=report.md&year=2194&replaces={replaces}", new StringContent("Some text.", Encoding.UTF8));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ALinkIsRefusedBeforeItsDownload_When_ItReplacesNoDocumentThePlatformHolds()
    {
        var link = new { url = "https://documents.example.org/report.pdf", replaces = new string('a', 64) };

        using var response = await platform.Http.PostAsJsonAsync("api/documents/from-url", link);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("No document has the id", await response.Content.ReadAsStringAsync());
    }

    private async Task WaitForArchiveAsync(string blobName)
    {
        var archived = platform.Storage.Container(StorageNames.ArchiveContainer).GetBlobClient(blobName);
        for (var waited = TimeSpan.Zero; !await archived.ExistsAsync(); waited += TimeSpan.FromMilliseconds(100))
        {
            Assert.True(waited < TimeSpan.FromSeconds(30), $"{blobName} was not archived within 30 seconds.");
            await Task.Delay(100);
        }
    }

    private async Task<UploadAccepted> UploadAsync(string url, string text)
    {
        using var response = await platform.Http.PostAsync(url, new StringContent(text, Encoding.UTF8));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<UploadAccepted>(ApiJson.Options))!;
    }
}
