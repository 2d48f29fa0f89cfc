using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Serverless.Local.Cli;

/// <summary>JSON Lines output of the command line: camelCase, one object a line, accents kept readable.</summary>
internal static class CliJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = false,
    };

    public static string Line<T>(T value) => JsonSerializer.Serialize(value, Options);
}
