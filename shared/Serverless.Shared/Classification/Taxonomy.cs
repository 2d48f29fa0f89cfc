using System.Text.Json;
using System.Text.Json.Serialization;

namespace Serverless.Shared.Classification;

/// <summary>
/// The labels of <c>docs/domain.md</c> as data: action lines with their names and terms in both languages,
/// requesting bodies with aliases and symbol patterns, addressees, request verbs. Loaded from the
/// embedded <c>taxonomy.json</c>; changing it needs no code change.
/// </summary>
public sealed record Taxonomy(
    string Version,
    IReadOnlyList<ActionLineDefinition> ActionLines,
    IReadOnlyList<BodyDefinition> Bodies,
    IReadOnlyList<AddresseeDefinition> Addressees,
    IReadOnlyDictionary<string, string[]> RequestVerbs)
{
    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static Taxonomy LoadEmbedded()
    {
        using var stream = typeof(Taxonomy).Assembly.GetManifestResourceStream("Serverless.Shared.taxonomy.json")
            ?? throw new InvalidOperationException("The embedded taxonomy.json is missing from Serverless.Shared.");
        return Load(stream);
    }

    public static Taxonomy Load(Stream json)
    {
        var taxonomy = JsonSerializer.Deserialize<Taxonomy>(json, JsonOptions)
            ?? throw new InvalidDataException("The taxonomy file is empty.");
        taxonomy.Validate();
        return taxonomy;
    }

    /// <summary>The action line a code counts for in aggregates: <c>C7.4</c> counts for <c>C7</c>.</summary>
    public string TopLevelOf(string code) =>
        ActionLines.FirstOrDefault(a => a.Code == code)?.Parent ?? code;

    private void Validate()
    {
        if (ActionLines.GroupBy(a => a.Code).FirstOrDefault(g => g.Count() > 1) is { } dupLine)
        {
            throw new InvalidDataException($"The taxonomy defines action line {dupLine.Key} twice.");
        }

        if (Bodies.GroupBy(b => b.Id).FirstOrDefault(g => g.Count() > 1) is { } dupBody)
        {
            throw new InvalidDataException($"The taxonomy defines body {dupBody.Key} twice.");
        }

        foreach (var line in ActionLines.Where(a => a.Parent is not null))
        {
            if (ActionLines.All(a => a.Code != line.Parent))
            {
                throw new InvalidDataException($"Action line {line.Code} names parent {line.Parent}, which the taxonomy does not define.");
            }
        }
    }
}

public sealed record ActionLineDefinition(
    string Code,
    string En,
    string Fr,
    [property: JsonPropertyName("terms")] IReadOnlyDictionary<string, string[]> Terms,
    string? Parent = null);

public sealed record BodyDefinition(string Id, string En, string Fr, string[] Aliases, string[] SymbolPatterns);

public sealed record AddresseeDefinition(string Id, string[] Terms);
