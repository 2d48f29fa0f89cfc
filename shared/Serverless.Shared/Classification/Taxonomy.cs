using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Serverless.Shared.Classification;

/// <summary>
/// The labels of <c>docs/domain.md</c> as data: action lines with their names and terms in both languages,
/// requesting bodies with aliases, abbreviations and symbol patterns, addressees, request verbs, the openings
/// that mark a paragraph's kind, and proper names whose words are not topics. Loaded from the embedded
/// <c>taxonomy.json</c>; changing it needs no code change. Plain data so the API can serve it as JSON.
/// </summary>
public sealed record Taxonomy(
    string Version,
    IReadOnlyList<ActionLineDefinition> ActionLines,
    IReadOnlyList<BodyDefinition> Bodies,
    IReadOnlyList<AddresseeDefinition> Addressees,
    IReadOnlyDictionary<string, string[]> RequestVerbs,
    IReadOnlyDictionary<string, string[]>? BodyDativeMarkers = null,
    ParagraphOpenings? ParagraphOpenings = null,
    IReadOnlyDictionary<string, string[]>? ProperNames = null,
    IReadOnlyDictionary<string, string[]>? BodyRoleMarkers = null,
    IReadOnlyDictionary<string, string[]>? BodyCitationMarkers = null,
    IReadOnlyDictionary<string, string[]>? BodyRequestMarkers = null,
    IReadOnlyDictionary<string, string[]>? OwnTextMarkers = null,
    IReadOnlyDictionary<string, string>? DocumentIssuers = null)
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

    /// <summary>
    /// The body whose English or French name or one of whose aliases the text holds (the longest such name: "le Conseil
    /// économique et social" is ECOSOC, "Plenipotentiary Conference" the ITU's), or null.
    /// </summary>
    public BodyDefinition? BodyNamedIn(string text) =>
        Bodies.SelectMany(b => new[] { (Body: b, Name: b.En), (Body: b, Name: b.Fr) }.Concat(b.Aliases.Select(a => (Body: b, Name: a))))
            .Where(n => text.Contains(n.Name, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(n => n.Name.Length)
            .Select(n => n.Body)
            .FirstOrDefault();

    /// <summary>The id of the body that issues documents of a kind (<c>documentIssuers</c>), or null.</summary>
    public string? IssuerOf(string documentKind) =>
        DocumentIssuers is not null && DocumentIssuers.TryGetValue(documentKind, out var id) ? id : null;

    /// <summary>The action line a code counts for in aggregates: <c>C7.4</c> counts for <c>C7</c>.</summary>
    public string TopLevelOf(string code) =>
        ActionLines.FirstOrDefault(a => a.Code == code)?.Parent ?? code;

    private void Validate()
    {
        if (ActionLines is null || ActionLines.Count == 0 || Bodies is null || Addressees is null || RequestVerbs is null)
        {
            throw new InvalidDataException("The taxonomy must define actionLines, bodies, addressees and requestVerbs.");
        }

        if (ActionLines.GroupBy(a => a.Code).FirstOrDefault(g => g.Count() > 1) is { } dupLine)
        {
            throw new InvalidDataException($"The taxonomy defines action line {dupLine.Key} twice.");
        }

        if (Bodies.GroupBy(b => b.Id).FirstOrDefault(g => g.Count() > 1) is { } dupBody)
        {
            throw new InvalidDataException($"The taxonomy defines body {dupBody.Key} twice.");
        }

        foreach (var line in ActionLines)
        {
            if (string.IsNullOrWhiteSpace(line.En) || string.IsNullOrWhiteSpace(line.Fr) || line.Terms is null)
            {
                throw new InvalidDataException($"Action line {line.Code} needs an English name, a French name and terms.");
            }

            if (line.Parent is not null && ActionLines.All(a => a.Code != line.Parent))
            {
                throw new InvalidDataException($"Action line {line.Code} names parent {line.Parent}, which the taxonomy does not define.");
            }
        }

        foreach (var (kind, id) in DocumentIssuers ?? new Dictionary<string, string>())
        {
            if (Bodies.All(b => b.Id != id))
            {
                throw new InvalidDataException($"documentIssuers names body {id} for {kind}, which the taxonomy does not define.");
            }
        }

        foreach (var body in Bodies)
        {
            foreach (var pattern in (body.SymbolPatterns ?? []).Concat(body.DocumentSymbols ?? []))
            {
                try
                {
                    _ = new Regex(pattern, RegexOptions.CultureInvariant);
                }
                catch (ArgumentException e)
                {
                    throw new InvalidDataException($"Body {body.Id} has an invalid symbol pattern '{pattern}': {e.Message}");
                }
            }
        }
    }
}
