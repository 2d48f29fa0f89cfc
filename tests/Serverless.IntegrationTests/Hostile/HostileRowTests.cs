using System.Net;
using System.Text;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Serverless.Shared.Documents;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;

namespace Serverless.IntegrationTests.Hostile;

/// <summary>
/// Document rows written straight into the table, as a storage tool, an older build or a newer one could leave them:
/// a column of the wrong type, a status this build does not know, no status at all. The reconciliation timer and the
/// API meet them beside ordinary rows; steps run against the fixture's real Azurite.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class HostileRowTests(PlatformFixture platform) : IAsyncLifetime
{
    private readonly List<string> _ids = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        // The rows are not the platform's own: removed so other tests' listings never meet them.
        var table = platform.Storage.Table(StorageNames.DocumentsTable);
        foreach (var id in _ids)
        {
            await table.DeleteEntityAsync(id, DocumentEntity.Row);
        }
    }

    [Fact]
    public async Task ReconcilesTheOtherDocuments_AndAnswersTheApiWithoutATypeName_When_RowsAreHostile()
    {
        // Arrange: an ordinary row left Received whose bytes are gone, and three hostile rows of the same year.
        var orphan = NewId();
        await platform.Documents.TryAddAsync(new DocumentEntity
        {
            PartitionKey = orphan, BlobName = $"2166/GONE/{orphan}.md", FileName = "gone.md", Year = 2166, ReceivedAt = DateTimeOffset.UtcNow,
        });
        var wrongTypes = await AddRawAsync(new Dictionary<string, object>
        {
            ["Status"] = nameof(DocumentStatus.Received), ["Year"] = "twenty", ["ParagraphCount"] = "many", ["FileName"] = 42,
            ["Redrives"] = true, ["ReceivedAt"] = "yesterday", ["BlobName"] = "2166/X/wrong.md",
        });
        var newer = await AddRawAsync(new Dictionary<string, object>
        {
            ["Status"] = "Archived", ["Year"] = 2166, ["FileName"] = "newer.md", ["SchemaVersion"] = 7, ["Pages"] = 12L,
        });
        var bare = await AddRawAsync(new Dictionary<string, object> { ["Year"] = 2166 });
        var options = Options.Create(new PipelineOptions { StuckAfterSeconds = 2, ParagraphsPerWorkItem = 3 });
        var reconcile = ActivatorUtilities.CreateInstance<ReconcileStep>(platform.Platform.Services, options);
        await Task.Delay(TimeSpan.FromSeconds(3));

        // Act
        await reconcile.RunAsync();

        // Assert: the ordinary row was driven on; the hostile ones stopped neither the run nor the API.
        var failed = await platform.Documents.GetAsync(orphan);
        Assert.Equal(nameof(DocumentStatus.Failed), failed!.Status);
        using var list = await platform.Http.GetAsync("api/documents?year=2166");
        var listed = await list.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains(orphan, listed);
        foreach (var id in new[] { wrongTypes, newer, bare })
        {
            using var one = await platform.Http.GetAsync($"api/documents/{id}");
            var body = await one.Content.ReadAsStringAsync();
            Assert.True(one.StatusCode == HttpStatusCode.OK, $"{id}: {(int)one.StatusCode} {body}");
            Assert.DoesNotContain("Exception", body);
        }

        Assert.Contains(newer, listed);
        Assert.Contains(bare, listed);

        // The row of wrong types was driven on like any (its bytes are gone: failed, saying so), its unreadable columns
        // named; the rows this build cannot place are shown failed with the reason and left as they were stored.
        var driven = await platform.Documents.GetAsync(wrongTypes);
        Assert.Equal(nameof(DocumentStatus.Failed), driven!.Status);
        Assert.Contains("not in storage", driven.FailureReason);
        Assert.Contains("wrong type in FileName, Year, ParagraphCount, ReceivedAt, Redrives", driven.Warnings);
        Assert.Contains("status 'Archived'", (await platform.Documents.GetAsync(newer))!.ToRecord().FailureReason);
        Assert.Equal("Archived", (await platform.Storage.Table(StorageNames.DocumentsTable).GetEntityAsync<TableEntity>(newer, DocumentEntity.Row)).Value["Status"]);
        Assert.Contains("has no status", (await platform.Documents.GetAsync(bare))!.ToRecord().FailureReason);
    }

    private string NewId()
    {
        var id = DocumentId.FromContent(Encoding.UTF8.GetBytes(Guid.NewGuid().ToString()));
        _ids.Add(id);
        return id;
    }

    private async Task<string> AddRawAsync(IDictionary<string, object> columns)
    {
        var id = NewId();
        var entity = new TableEntity(id, DocumentEntity.Row);
        foreach (var (name, value) in columns)
        {
            entity[name] = value;
        }

        await platform.Storage.Table(StorageNames.DocumentsTable).AddEntityAsync(entity);
        return id;
    }
}
