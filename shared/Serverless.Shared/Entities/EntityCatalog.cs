using System.Text.Json;
using System.Text.RegularExpressions;
using Serverless.Shared.Classification;

namespace Serverless.Shared.Entities;

/// <summary>
/// The contributing entities and organs the report names (ITU, UNESCO, the regional commissions, the General Assembly...),
/// loaded from the embedded <c>entities.json</c>: one normalised id per entity, its names and abbreviations in both
/// languages, and how the report's voice opens a sentence about it. Adding an entity is a data change.
/// </summary>
public sealed class EntityCatalog
{
    private readonly Dictionary<string, EntityDefinition> _byId;
    private readonly (EntityDefinition Entity, string Folded)[] _names;
    private readonly (EntityDefinition Entity, Regex Pattern)[] _abbreviations;

    public EntityCatalog(IReadOnlyList<EntityDefinition> entities)
    {
        Entities = entities;
        _byId = entities.ToDictionary(e => e.Id, StringComparer.OrdinalIgnoreCase);
        _names = entities.SelectMany(e => e.Names.Select(n => (e, TextNormaliser.Fold(n))))
            .OrderByDescending(n => n.Item2.Length)
            .ToArray();

        // Abbreviations are matched as written (upper case, whole words): "WHO" is the organization, "who" is not.
        _abbreviations = entities.SelectMany(e => e.Abbreviations.Select(a => (e, new Regex($@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(a)}(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant))))
            .ToArray();
    }

    public IReadOnlyList<EntityDefinition> Entities { get; }

    public static EntityCatalog LoadEmbedded()
    {
        using var stream = typeof(EntityCatalog).Assembly.GetManifestResourceStream("Serverless.Shared.entities.json")
            ?? throw new InvalidOperationException("The embedded entities.json is missing from Serverless.Shared.");
        var file = JsonSerializer.Deserialize<EntityFile>(stream, Taxonomy.JsonOptions)
            ?? throw new InvalidDataException("entities.json is empty.");
        return new EntityCatalog(file.Entities);
    }

    public EntityDefinition? Get(string? id) => id is not null && _byId.TryGetValue(id, out var entity) ? entity : null;

    /// <summary>
    /// The catalogue id for what a person typed (an id, an abbreviation or a name, in either language), or null
    /// when the catalogue does not know it.
    /// </summary>
    public string? Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (_byId.TryGetValue(trimmed, out var byId))
        {
            return byId.Id;
        }

        var folded = TextNormaliser.Fold(trimmed);
        return Entities.FirstOrDefault(e => e.Abbreviations.Any(a => TextNormaliser.Fold(a) == folded) || e.Names.Any(n => TextNormaliser.Fold(n) == folded))?.Id;
    }

    /// <summary>
    /// The entities a text names, each once, in the order of their first mention. A longer name wins over what it
    /// contains: "Conseil de l'UIT" is the ITU Council, not ITU.
    /// </summary>
    public IReadOnlyList<EntityMention> Find(string text)
    {
        var folded = TextNormaliser.Fold(text);
        var mentions = new List<EntityMention>();
        var taken = new List<(int Start, int End)>();
        foreach (var (entity, name) in _names)
        {
            var at = folded.IndexOf(name, StringComparison.Ordinal);
            if (at >= 0 && !taken.Any(t => at < t.End && at + name.Length > t.Start))
            {
                taken.Add((at, at + name.Length));
                mentions.Add(new EntityMention(entity, at, name.Trim()));
            }
        }

        // Positions in the folded text and in the original differ a little; both only order mentions.
        foreach (var (entity, pattern) in _abbreviations)
        {
            if (pattern.Match(text) is { Success: true } match && mentions.All(m => m.Entity.Id != entity.Id)
                && !mentions.Any(m => m.Entity.Names.Any(n => n.Contains(match.Value, StringComparison.Ordinal)) && Math.Abs(m.Position - match.Index) < m.Text.Length + 2))
            {
                mentions.Add(new EntityMention(entity, match.Index, match.Value));
            }
        }

        return mentions.GroupBy(m => m.Entity.Id).Select(g => g.MinBy(m => m.Position)!).OrderBy(m => m.Position).ToArray();
    }

    private sealed record EntityFile(IReadOnlyList<EntityDefinition> Entities);
}

/// <param name="Kind"><c>entity</c> (an organization that contributes) or <c>organ</c> (a body of one: the ITU Council, the General Assembly).</param>
/// <param name="Parent">For an organ, the entity it belongs to.</param>
/// <param name="SubjectEn">How an English sentence of the report names it as its subject ("ITU", "The Council of Europe").</param>
/// <param name="SubjectFr">The same in French, with its article ("L'UIT", "La CEA").</param>
/// <param name="Region">The region of a regional commission.</param>
/// <param name="Stakeholder"><c>civil-society</c> or <c>business</c> for non-governmental stakeholders.</param>
public sealed record EntityDefinition(
    string Id,
    string Kind,
    string En,
    string Fr,
    string SubjectEn,
    string SubjectFr,
    IReadOnlyList<string> Abbreviations,
    IReadOnlyList<string> Names,
    string? Parent = null,
    string? Region = null,
    string? Stakeholder = null)
{
    public string Subject(string language) => language == "fr" ? SubjectFr : SubjectEn;

    public string Name(string language) => language == "fr" ? Fr : En;
}

/// <param name="Position">Where the first mention starts (for ordering).</param>
/// <param name="Text">The words that named it.</param>
public sealed record EntityMention(EntityDefinition Entity, int Position, string Text);
