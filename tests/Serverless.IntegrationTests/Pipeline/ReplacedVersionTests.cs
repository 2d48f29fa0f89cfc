using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Shared;
using Serverless.Shared.Api;
using Serverless.Shared.Documents;
using Serverless.Shared.Pipeline;

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
}
