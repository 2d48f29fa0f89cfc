using System.Text.Json;
using System.Text.RegularExpressions;
using Serverless.Shared.Classification;

namespace Serverless.Shared.Entities;

/// <summary>
/// The United Nations system's entities that contribute without being in the catalogue (UNICEF, UNRWA, UN-Women, the
/// United Nations University...), each as every language writes it in running text, its article and abbreviation
/// included: the embedded <c>un-entities.json</c>. A draft names such a contributor in its own language ("Le Fonds des
/// Nations Unies pour l'enfance (UNICEF) indique"), never as the other language's name ("La United Nations University").
/// </summary>
public sealed partial class UnitedNationsNames
{
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _byName = new(StringComparer.Ordinal);
    private readonly string[] _articles;
    private readonly string[] _writtenArticles;

    public UnitedNationsNames(IReadOnlyList<UnitedNationsEntity> entities, LanguageCatalog languages)
    {
        _writtenArticles = languages.Languages.SelectMany(l => l.DocumentProfile?.Articles ?? []).Distinct().OrderByDescending(a => a.Length).ToArray();
        _articles = _writtenArticles.Select(a => TextNormaliser.Fold(a).Trim()).Distinct().ToArray();
        foreach (var entity in entities)
        {
            var names = new Dictionary<string, string>(StringComparer.Ordinal) { ["en"] = entity.En, ["fr"] = entity.Fr };
            foreach (var name in names.Values.Concat(entity.Also ?? []))
            {
                _byName.TryAdd(Key(name), names);
                if (Abbreviation().Match(name) is { Success: true } abbreviation)
                {
                    _byName.TryAdd(Key(abbreviation.Groups[1].Value), names);
                }
            }
        }
    }

    public static UnitedNationsNames Default { get; } = LoadEmbedded();

    public static UnitedNationsNames LoadEmbedded()
    {
        using var stream = typeof(UnitedNationsNames).Assembly.GetManifestResourceStream("Serverless.Shared.un-entities.json")
            ?? throw new InvalidOperationException("The embedded un-entities.json is missing from Serverless.Shared.");
        var file = JsonSerializer.Deserialize<EntityFile>(stream, Taxonomy.JsonOptions)
            ?? throw new InvalidDataException("un-entities.json is empty.");
        return new UnitedNationsNames(file.Entities, LanguageCatalog.Default);
    }

    /// <summary>
    /// The entity's name in <paramref name="language"/> as running text writes it, article included ("le Fonds des
    /// Nations Unies pour l'enfance (UNICEF)"), when <paramref name="name"/> is one of these entities' names or
    /// abbreviations in any language, with or without its article and abbreviation; else null.
    /// </summary>
    public string? In(string name, string language) =>
        _byName.TryGetValue(Key(name), out var names) && names.TryGetValue(language, out var written) ? written : null;

    /// <summary>The name as a list gives it, without its article: "Fonds des Nations Unies pour l'enfance (UNICEF)".</summary>
    public string? Bare(string name, string language)
    {
        if (In(name, language) is not { } written)
        {
            return null;
        }

        var article = _writtenArticles.FirstOrDefault(a => written.StartsWith(a, StringComparison.OrdinalIgnoreCase)
            && (a.EndsWith('\'') || a.EndsWith('’') || (written.Length > a.Length && written[a.Length] == ' ')));
        return article is null ? written : written[article.Length..].TrimStart();
    }

    /// <summary>A name folded, without the abbreviation that closes it nor the article that may open it.</summary>
    private string Key(string name)
    {
        var folded = TextNormaliser.Fold(Abbreviation().Replace(name, "")).Trim();
        var article = _articles.FirstOrDefault(a => folded.StartsWith(a + " ", StringComparison.Ordinal));
        return article is null ? folded : folded[(article.Length + 1)..];
    }

    [GeneratedRegex(@"\s*\(([^()]{2,20})\)\s*$")]
    private static partial Regex Abbreviation();

    private sealed record EntityFile(IReadOnlyList<UnitedNationsEntity> Entities);
}

/// <param name="En">The English name with its article and abbreviation: "the United Nations University (UNU)".</param>
/// <param name="Fr">The French one: "l'Université des Nations Unies (UNU)".</param>
/// <param name="Also">Other spellings a document may give it ("UN Women", "ONU Femmes").</param>
public sealed record UnitedNationsEntity(string En, string Fr, string[]? Also = null);
