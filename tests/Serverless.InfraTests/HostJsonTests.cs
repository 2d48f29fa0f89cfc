using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Serverless.Shared.Storage;

namespace Serverless.InfraTests;

/// <summary>host.json holds the values infra/README.md documents, and those the pipeline relies on.</summary>
public sealed partial class HostJsonTests
{
    /// <summary>
    /// Attempts before a message goes to its -poison queue. The poison functions turn what lands there into a
    /// visible Failed document, and the README promises five attempts.
    /// </summary>
    private const int ExpectedMaxDequeueCount = 5;

    private static readonly JsonNode Host = JsonNode.Parse(File.ReadAllText(RepositoryPaths.HostJson))!;

    [Fact]
    public void TriesFiveTimesBeforePoison_When_HostJsonIsRead()
    {
        Assert.Equal(ExpectedMaxDequeueCount, (int?)Host["extensions"]!["queues"]!["maxDequeueCount"]);
        Assert.Equal(ExpectedMaxDequeueCount, (int?)Host["extensions"]!["blobs"]!["poisonBlobThreshold"]);
    }

    [Fact]
    public void DecodesQueueMessagesAsBase64_When_HostJsonIsRead()
    {
        // StorageClients sends Base64-encoded messages; the queue trigger must decode the same way.
        Assert.Equal("base64", (string?)Host["extensions"]!["queues"]!["messageEncoding"]);
        Assert.Equal("2.0", (string?)Host["version"]);
    }

    [Fact]
    public void KeepsEveryRequestFromSampling_When_HostJsonIsRead()
    {
        var excluded = (string?)Host["logging"]!["applicationInsights"]!["samplingSettings"]!["excludedTypes"];

        Assert.Contains("Request", excluded!.Split(';'));
    }

    [Fact]
    public void MatchesTheReadmeTableValueForValue_When_HostJsonIsRead()
    {
        var inHostJson = Flatten(Host, prefix: "");
        var inReadme = ReadmeHostTable();

        Assert.Equal(inHostJson.OrderBy(p => p.Key, StringComparer.Ordinal), inReadme.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    /// <summary>Leaf values of host.json as dotted paths, e.g. <c>extensions.queues.batchSize</c> = <c>16</c>.</summary>
    private static Dictionary<string, string> Flatten(JsonNode node, string prefix)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node is JsonObject obj)
        {
            foreach (var (key, child) in obj)
            {
                foreach (var pair in Flatten(child!, prefix.Length == 0 ? key : $"{prefix}.{key}"))
                {
                    result.Add(pair.Key, pair.Value);
                }
            }
        }
        else
        {
            var value = node.AsValue();
            result.Add(prefix, value.TryGetValue<string>(out var text) ? text : value.ToJsonString());
        }

        return result;
    }

    /// <summary>Rows <c>| `path` | `value` | why |</c> of the README's host.json section.</summary>
    private static Dictionary<string, string> ReadmeHostTable()
    {
        var lines = File.ReadAllLines(RepositoryPaths.InfraReadme);
        var start = Array.FindIndex(lines, l => l.StartsWith("## host.json", StringComparison.Ordinal));
        Assert.True(start >= 0, "infra/README.md has no '## host.json' section");

        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)))
        {
            var match = TableRow().Match(line);
            if (match.Success)
            {
                rows.Add(match.Groups["path"].Value, match.Groups["value"].Value);
            }
        }

        return rows;
    }

    [GeneratedRegex(@"^\|\s*`(?<path>[A-Za-z0-9_.]+)`\s*\|\s*`(?<value>[^`]*)`\s*\|")]
    private static partial Regex TableRow();
}
