using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Local.Hosting;
using Serverless.Shared;
using Serverless.Shared.Api;
using Serverless.Shared.Documents;
using Serverless.Shared.Storage;
using Xunit.Abstractions;

namespace Serverless.IntegrationTests.Storage;

/// <summary>
/// What one document costs in storage requests, counted by the platform's own clients (<see cref="StorageRequestCounter"/>)
/// on a real Azurite and the real pipeline: an HTTP upload of a contribution of 200 paragraphs, to <c>Classified</c> and
/// its <c>document.classified</c> event handled. A host of its own, so no other test's work is counted; the
/// reconciliation timer set to once a year and the local intake sweep left out, since neither runs per document (the
/// sweep backs up the engine's blob scan after a burst of deliveries). The trigger engine's own requests (blob scan and
/// receipts, queue polling, dequeue and delete) go through its own clients and are not part of these figures.
/// </summary>
public sealed class StorageBudgetTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Paragraphs = 200;

    /// <summary>The most requests one such document may cost (the aim of 12 + 1 per 100 paragraphs); a change that adds requests fails here.</summary>
    private const int Budget = 14;

    private LocalPlatform _platform = null!;

    public async Task InitializeAsync() =>
        _platform = await LocalPlatform.StartAsync(new LocalHostOptions
        {
            Port = 0,
            Settings = new Dictionary<string, string?> { [StorageNames.ReconcileScheduleSetting] = "0 0 0 1 1 *" },
            ConfigureServices = services => services.Remove(services.Single(d => d.ImplementationType == typeof(IntakeSweeper))),
        });

    public Task DisposeAsync() => _platform.DisposeAsync().AsTask();

    [Fact]
    public async Task OneDocumentOf200Paragraphs_StaysWithinTheRequestBudget_When_UploadedToClassified()
    {
        // Arrange: a contribution of 200 numbered paragraphs across the action lines; polling through clients of its own.
        var counter = _platform.Services.GetRequiredService<StorageRequestCounter>();
        var observer = new DocumentStore(new StorageClients(new StorageOptions { ConnectionString = _platform.StorageConnectionString }));
        using var http = new HttpClient { BaseAddress = _platform.BaseAddress };
        await SettleAsync(counter);
        var before = counter.Snapshot();

        // Act
        using var response = await http.PostAsync("api/documents?name=budget.md&year=2167&entity=ITU", new StringContent(Contribution(), Encoding.UTF8));
        response.EnsureSuccessStatusCode();
        var accepted = (await response.Content.ReadFromJsonAsync<UploadAccepted>(ApiJson.Options))!;
        var document = await WaitForClassifiedAsync(observer, accepted.Id);
        var atClassified = Difference(counter.Snapshot(), before);
        await SettleAsync(counter);
        var settled = Difference(counter.Snapshot(), before);

        // Assert
        Assert.Equal(Paragraphs, document.ParagraphCount);
        Report("upload to Classified", atClassified);
        Report("with the event handled", settled);
        Assert.True(settled.Values.Sum() <= Budget, $"One document of {Paragraphs} paragraphs cost {settled.Values.Sum()} storage requests; the budget is {Budget}.");
    }

    private static string Contribution()
    {
        var lines = new[]
        {
            "Broadband and meaningful connectivity reached {0} more rural districts this year.",
            "Digital skills training was given to {0} teachers in the region.",
            "The regional workshop on cybersecurity gathered {0} participants from national response teams.",
            "As requested by the General Assembly, the entity reported on e-government services used by {0} municipalities.",
            "The open-access repository of scientific publications now holds {0} titles in three languages.",
        };
        var text = new StringBuilder($"# Contribution of the International Telecommunication Union ({Guid.NewGuid()})\n\n");
        for (var i = 1; i < Paragraphs; i++)
        {
            text.Append(i).Append(". ").AppendFormat(lines[i % lines.Length], i * 7).Append("\n\n");
        }

        return text.ToString();
    }

    private static async Task<DocumentEntity> WaitForClassifiedAsync(DocumentStore documents, string id)
    {
        for (var deadline = DateTime.UtcNow.AddMinutes(2); DateTime.UtcNow < deadline; await Task.Delay(100))
        {
            if (await documents.GetAsync(id) is { StatusValue: DocumentStatus.Classified or DocumentStatus.Failed } document)
            {
                Assert.Equal(nameof(DocumentStatus.Classified), document.Status);
                return document;
            }
        }

        throw new TimeoutException($"Document {id} was not classified within two minutes.");
    }

    /// <summary>Waits until the platform's clients have sent nothing for three seconds (at most 30).</summary>
    private static async Task SettleAsync(StorageRequestCounter counter)
    {
        var last = counter.Total;
        var quietSince = DateTime.UtcNow;
        for (var deadline = DateTime.UtcNow.AddSeconds(30); DateTime.UtcNow < deadline && DateTime.UtcNow - quietSince < TimeSpan.FromSeconds(3); await Task.Delay(200))
        {
            if (counter.Total != last)
            {
                last = counter.Total;
                quietSince = DateTime.UtcNow;
            }
        }
    }

    private static Dictionary<(string Service, string Operation), long> Difference(
        IReadOnlyDictionary<(string Service, string Operation), long> after, IReadOnlyDictionary<(string Service, string Operation), long> before) =>
        after.Select(a => (a.Key, Count: a.Value - before.GetValueOrDefault(a.Key)))
            .Where(a => a.Count > 0)
            .ToDictionary(a => a.Key, a => a.Count);

    private void Report(string stage, Dictionary<(string Service, string Operation), long> counts)
    {
        output.WriteLine($"{stage}: {counts.Values.Sum()} requests");
        foreach (var service in counts.GroupBy(c => c.Key.Service).OrderBy(g => g.Key))
        {
            output.WriteLine($"  {service.Key} {service.Sum(c => c.Value)}: " +
                string.Join(", ", service.OrderBy(c => c.Key.Operation).Select(c => $"{c.Key.Operation} {c.Value}")));
        }
    }
}
