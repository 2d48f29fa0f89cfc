using System.Collections.Concurrent;
using System.Text.Json;
using Serverless.Shared.Classification;
using Serverless.Shared.Entities;

namespace Serverless.Shared.Summary;

/// <summary>
/// The regions of the report's regional section (Africa, Asia and the Pacific, Western Asia, Europe, Latin America
/// and the Caribbean) with the words and regional-commission acronyms that name them and the States in each, loaded from
/// the embedded <c>regions.json</c>.
/// </summary>
public sealed class RegionCatalog
{
    private readonly (RegionDefinition Region, string[] FoldedTerms)[] _regions;

    public RegionCatalog(IReadOnlyList<RegionDefinition> regions)
    {
        Regions = regions;
        _regions = regions.Select(r => (r, r.Terms.Select(TextNormaliser.Fold).ToArray())).ToArray();
        _regionOfState = regions.SelectMany(r => (r.States ?? []).Select(state => (State: state, r.Id))).ToDictionary(x => x.State, x => x.Id, StringComparer.Ordinal);
    }

    private readonly Dictionary<string, string> _regionOfState;

    private readonly ConcurrentDictionary<string, string?> _regionOfName = new(StringComparer.Ordinal);

    public IReadOnlyList<RegionDefinition> Regions { get; }

    public static RegionCatalog LoadEmbedded()
    {
        using var stream = typeof(RegionCatalog).Assembly.GetManifestResourceStream("Serverless.Shared.regions.json")
            ?? throw new InvalidOperationException("The embedded regions.json is missing from Serverless.Shared.");
        var file = JsonSerializer.Deserialize<RegionFile>(stream, Taxonomy.JsonOptions)
            ?? throw new InvalidDataException("regions.json is empty.");
        return new RegionCatalog(file.Regions);
    }

    /// <summary>The ids of the regions a text names, in catalogue order.</summary>
    public IEnumerable<string> Find(string text)
    {
        var folded = TextNormaliser.Fold(text);
        return _regions.Where(r => r.FoldedTerms.Any(t => folded.Contains(t, StringComparison.Ordinal))).Select(r => r.Region.Id);
    }

    /// <summary>
    /// The one region a name says its body works in: the only one it names, or the one it names last when it names
    /// several, where it is posted or what it serves ("Delegation of the European Union to the African Union" works in
    /// Africa); null when it names none.
    /// </summary>
    public string? WorkedIn(string name)
    {
        var folded = TextNormaliser.Fold(name);
        return _regions.Select(r => (r.Region.Id, At: r.FoldedTerms.Max(t => folded.LastIndexOf(t, StringComparison.Ordinal))))
            .Where(r => r.At >= 0)
            .OrderByDescending(r => r.At)
            .Select(r => r.Id)
            .FirstOrDefault();
    }

    /// <summary>
    /// The region of the State a name names last ("Ministry of Digital Development... – Mongolia", "Bureau de l'UNICEF au
    /// Niger", "ISOC Bénin"): a State's own body, or an organisation's office in a country, works in that State's
    /// region; null when the name names no State, or one in none of the report's regions.
    /// </summary>
    public string? OfStateNamedIn(string name) =>
        _regionOfName.GetOrAdd(name, n => StateNames.Default.LastNamedIn(n) is { } state ? _regionOfState.GetValueOrDefault(state) : null);

    private sealed record RegionFile(IReadOnlyList<RegionDefinition> Regions);
}

public sealed record RegionDefinition(string Id, string En, string Fr, string[] Terms, string[]? States = null);
