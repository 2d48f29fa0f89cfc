using System.Globalization;
using System.Text.Json.Nodes;

namespace Serverless.Local.Hosting;

/// <summary>
/// What the local engine takes from the Functions app's <c>host.json</c> (copied beside the local host), so both hosts
/// give up after the same number of attempts and poll an idle queue as rarely, and each number is written once: how
/// often a queue message or an intake blob is delivered before the poison handler gets it, the longest wait between two
/// polls of an empty queue, and how many uploads the Functions app ingests at once per instance (the local host's
/// hand-over of uploads keeps to it; its engine's blob trigger keeps the engine's default, a back-fill's pace).
/// </summary>
public sealed record HostJsonSettings(int MaxDequeueCount, int PoisonBlobThreshold, TimeSpan MaxPollingInterval, int MaxDegreeOfParallelism)
{
    public const string FileName = "host.json";

    public static HostJsonSettings Load(string path)
    {
        var host = JsonNode.Parse(File.ReadAllText(path)) ?? throw new InvalidDataException($"{path} is empty.");
        return new HostJsonSettings(
            Positive(host, path, "queues", "maxDequeueCount"),
            Positive(host, path, "blobs", "poisonBlobThreshold"),
            Interval(host, path, "queues", "maxPollingInterval"),
            Positive(host, path, "blobs", "maxDegreeOfParallelism"));
    }

    private static int Positive(JsonNode host, string path, string extension, string setting) =>
        host["extensions"]?[extension]?[setting]?.GetValue<int>() is > 0 and var value
            ? value
            : throw new InvalidDataException($"{path} sets no positive extensions.{extension}.{setting}; both hosts read it from there.");

    private static TimeSpan Interval(JsonNode host, string path, string extension, string setting) =>
        host["extensions"]?[extension]?[setting]?.GetValue<string>() is { } text &&
        TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) && value >= TimeSpan.FromMilliseconds(100)
            ? value
            : throw new InvalidDataException($"{path} sets no extensions.{extension}.{setting} of at least 00:00:00.1; both hosts poll an idle queue at most this rarely.");
}
