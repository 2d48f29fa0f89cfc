using System.Text.Json.Nodes;

namespace Serverless.Local.Hosting;

/// <summary>
/// How often the engine delivers a queue message or an intake blob before handing it to the poison handler, read
/// from the Functions app's <c>host.json</c> (copied beside the local host), so both hosts give up after the same
/// number of attempts and the number is written once.
/// </summary>
public sealed record HostJsonRetries(int MaxDequeueCount, int PoisonBlobThreshold)
{
    public const string FileName = "host.json";

    public static HostJsonRetries Load(string path)
    {
        var host = JsonNode.Parse(File.ReadAllText(path)) ?? throw new InvalidDataException($"{path} is empty.");
        return new HostJsonRetries(
            Positive(host, path, "queues", "maxDequeueCount"),
            Positive(host, path, "blobs", "poisonBlobThreshold"));
    }

    private static int Positive(JsonNode host, string path, string extension, string setting) =>
        host["extensions"]?[extension]?[setting]?.GetValue<int>() is > 0 and var value
            ? value
            : throw new InvalidDataException($"{path} sets no positive extensions.{extension}.{setting}; both hosts read their retry count from it.");
}
