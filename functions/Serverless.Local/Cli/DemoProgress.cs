using System.Net.Http.Json;
using Serverless.Shared;
using Serverless.Shared.Documents;

namespace Serverless.Local.Cli;

/// <summary>Follows uploaded documents through the API until each is <c>Classified</c> or <c>Failed</c>, showing progress.</summary>
internal static class DemoProgress
{
    /// <returns>The final records, or null when <paramref name="timeout"/> passed first.</returns>
    public static async Task<IReadOnlyList<DocumentRecord>?> WaitAsync(
        HttpClient http, IReadOnlyList<string> ids, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        var lastLine = "";
        while (DateTime.UtcNow < deadline)
        {
            var records = new List<DocumentRecord>();
            foreach (var id in ids)
            {
                var record = await http.GetFromJsonAsync<DocumentRecord>($"api/documents/{id}", ApiJson.Options, cancellationToken);
                records.Add(record!);
            }

            var classified = records.Count(r => r.Status == DocumentStatus.Classified);
            var failed = records.Count(r => r.Status == DocumentStatus.Failed);
            var line = $"  {classified + failed}/{records.Count} done: {classified} classified, {failed} failed, " +
                       $"{records.Sum(r => r.WorkItemsDone)}/{records.Sum(r => r.WorkItemCount)} work items";
            if (line != lastLine)
            {
                Console.WriteLine(line);
                lastLine = line;
            }

            if (classified + failed == records.Count)
            {
                return records;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
        }

        return null;
    }
}
