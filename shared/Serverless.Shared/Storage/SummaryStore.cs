using System.Text.Json;
using Azure.Data.Tables;
using Serverless.Shared.Summary;

namespace Serverless.Shared.Storage;

/// <summary>
/// Stores year summaries so a reader never sees half of two versions. PartitionKey = year. Each compile
/// writes rows under RowKeys prefixed with its version, then switches the <c>current</c> pointer row, then
/// removes versions older than the previous one (a reader that read the old pointer can still finish).
/// </summary>
public sealed class SummaryStore(StorageClients storage)
{
    public const string PointerRow = "current";

    /// <summary>The row that says why the last compile of a year gave up, until a compile succeeds.</summary>
    public const string FailureRow = "last-failure";

    private TableClient Table => storage.Table(StorageNames.SummariesTable);

    public async Task WriteAsync(YearSummary summary, CancellationToken cancellationToken = default)
    {
        var partition = summary.Year.ToString();
        var pointer = await GetPointerAsync(partition, cancellationToken);
        if (pointer?.GetString("Version") == summary.Version)
        {
            return;
        }

        await TableBatches.SubmitAsync(Table, ToRows(summary), TableTransactionActionType.UpsertReplace, cancellationToken);
        var previous = pointer?.GetString("Version");
        await Table.UpsertEntityAsync(
            new TableEntity(partition, PointerRow)
            {
                ["Version"] = summary.Version,
                ["PreviousVersion"] = previous,
                ["CompiledAt"] = summary.CompiledAt,
            },
            TableUpdateMode.Replace,
            cancellationToken);

        await DeleteVersionsExceptAsync(partition, [summary.Version, previous], cancellationToken);
        await Table.DeleteEntityAsync(partition, FailureRow, cancellationToken: cancellationToken);
    }

    /// <summary>Records that compiling <paramref name="year"/> failed, so the summary route can say so.</summary>
    public Task RecordFailureAsync(int year, string reason, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        Table.UpsertEntityAsync(
            new TableEntity(year.ToString(), FailureRow) { ["Reason"] = reason, ["FailedAt"] = at },
            TableUpdateMode.Replace,
            cancellationToken);

    /// <summary>Why the last compile of the year gave up, or null.</summary>
    public async Task<string?> GetFailureAsync(int year, CancellationToken cancellationToken = default)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(year.ToString(), FailureRow, cancellationToken: cancellationToken);
        return row.HasValue ? $"{row.Value!.GetString("Reason")} ({row.Value.GetDateTimeOffset("FailedAt"):yyyy-MM-dd HH:mm} UTC)" : null;
    }

    /// <summary>The version readers see now (one point read), or null before the first compile.</summary>
    public async Task<string?> GetVersionAsync(int year, CancellationToken cancellationToken = default) =>
        (await GetPointerAsync(year.ToString(), cancellationToken))?.GetString("Version");

    public async Task<YearSummary?> ReadAsync(int year, CancellationToken cancellationToken = default)
    {
        var partition = year.ToString();
        var pointer = await GetPointerAsync(partition, cancellationToken);
        if (pointer?.GetString("Version") is not { } version)
        {
            return null;
        }

        var rows = new List<TableEntity>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey gt {version + "-"} and RowKey lt {version + "."}");
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        var header = rows.FirstOrDefault(r => r.GetString("Section") == "totals");
        if (header is null)
        {
            return null;
        }

        var (language, totals, previous) = Data<SummaryHeader>(header);
        return new YearSummary(
            year,
            version,
            pointer.GetDateTimeOffset("CompiledAt") ?? DateTimeOffset.MinValue,
            language,
            totals,
            previous,
            Section<ActionLineSummary>(rows, "actionline"),
            Section<BodySummary>(rows, "body"),
            Section<EntitySummary>(rows, "entity"),
            Section<RegionSummary>(rows, "region"),
            Section<RequestCitation>(rows, "request"),
            Section<TopicSummary>(rows, "topic"));
    }

    private static T[] Section<T>(List<TableEntity> rows, string section) =>
        rows.Where(r => r.GetString("Section") == section).OrderBy(r => r.GetInt32("Order")).Select(Data<T>).ToArray();

    /// <summary>The totals row holds what the summary says about the year as a whole.</summary>
    private sealed record SummaryHeader(string Language, SummaryTotals Totals, SummaryTotals? Previous);

    private static IEnumerable<TableEntity> ToRows(YearSummary summary)
    {
        var partition = summary.Year.ToString();
        // The key is the row's place in its section: an entity's name may hold what a key may not ('/', '#', '?'), two
        // names may differ only there, and a name of any length gives a key of five digits.
        TableEntity Row(string section, string key, int order, object data, int paragraphs, int documents)
        {
            var row = new TableEntity(partition, $"{summary.Version}-{section}-{order:D5}")
            {
                ["Section"] = section,
                ["Key"] = key,
                ["Order"] = order,
                ["Paragraphs"] = paragraphs,
                ["Documents"] = documents,
            };
            TableText.Write(row, "Data", JsonSerializer.Serialize(data, data.GetType(), ApiJson.Options));
            return row;
        }

        yield return Row("totals", "totals", 0, new SummaryHeader(summary.Language, summary.Totals, summary.Previous), summary.Totals.Paragraphs, summary.Totals.Documents);
        foreach (var (line, i) in summary.ActionLines.Select((l, i) => (l, i)))
        {
            yield return Row("actionline", line.Code, i, line, line.Paragraphs, line.Documents);
        }

        foreach (var (body, i) in summary.Bodies.Select((b, i) => (b, i)))
        {
            yield return Row("body", body.Id, i, body, body.Paragraphs, body.Documents);
        }

        foreach (var (entity, i) in summary.Entities.Select((e, i) => (e, i)))
        {
            yield return Row("entity", entity.Entity, i, entity, entity.Paragraphs, entity.Documents);
        }

        foreach (var (region, i) in summary.Regions.Select((r, i) => (r, i)))
        {
            yield return Row("region", region.Id, i, region, region.Paragraphs, region.Documents);
        }

        foreach (var (topic, i) in (summary.International ?? []).Select((t, i) => (t, i)))
        {
            yield return Row("topic", topic.Id, i, topic, topic.Statements.Count, topic.Statements.Select(s => s.Source.DocumentId).Distinct().Count());
        }

        foreach (var (request, i) in summary.RequestsToSecretaryGeneral.Select((r, i) => (r, i)))
        {
            yield return Row("request", i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture), i, request, 1, 1);
        }
    }

    private async Task<TableEntity?> GetPointerAsync(string partition, CancellationToken cancellationToken)
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(partition, PointerRow, cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    private async Task DeleteVersionsExceptAsync(string partition, string?[] keep, CancellationToken cancellationToken)
    {
        var stale = new List<ITableEntity>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            if (row.RowKey is not (PointerRow or FailureRow) && !keep.Any(v => v is not null && row.RowKey.StartsWith(v + "-", StringComparison.Ordinal)))
            {
                stale.Add(row);
            }
        }

        await TableBatches.SubmitAsync(Table, stale, TableTransactionActionType.Delete, cancellationToken);
    }

    private static T Data<T>(TableEntity row) =>
        JsonSerializer.Deserialize<T>(TableText.Read(row, "Data") ?? "null", ApiJson.Options)
        ?? throw new InvalidDataException($"Summary row {row.RowKey} has no data.");
}
