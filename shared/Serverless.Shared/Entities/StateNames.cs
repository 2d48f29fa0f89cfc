using System.Text.Json;
using Serverless.Shared.Classification;

namespace Serverless.Shared.Entities;

/// <summary>
/// The States a contribution may be named after ("Contribution de la Suisse au rapport..."), each as every language
/// writes it in running text, its article included ("Switzerland", "la Suisse"; "the Netherlands", "les Pays-Bas"):
/// the embedded <c>states.json</c>. A draft names a contributing State in the draft's language ("Switzerland reports
/// (original in French)"), never as a word of the other language without its article ("Suisse reports").
/// </summary>
public sealed class StateNames
{
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _stateOfAdjective = new(StringComparer.Ordinal);
    private readonly string[] _articles;

    /// <summary>Each language's articles as written ("the", "la", "l'"), which a State's name in running text may open on.</summary>
    private readonly string[] _writtenArticles;

    public StateNames(IReadOnlyList<IReadOnlyDictionary<string, string>> states, LanguageCatalog languages, IReadOnlyList<OtherName>? otherNames = null,
        IReadOnlyList<OtherName>? adjectives = null)
    {
        _writtenArticles = languages.Languages.SelectMany(l => l.DocumentProfile?.Articles ?? []).Distinct().ToArray();
        _articles = _writtenArticles.Select(a => TextNormaliser.Fold(a).Trim()).Distinct().ToArray();
        foreach (var state in states)
        {
            foreach (var name in state.Values)
            {
                _byName.TryAdd(Key(name), state);
            }
        }

        // "RÉPUBLIQUE TUNISIENNE" names Tunisia as "RÉPUBLIQUE DU SÉNÉGAL" names Senegal, though no short name ends it;
        // "Korea Information Society Development Institute" is a body of the Republic of Korea.
        foreach (var other in otherNames ?? [])
        {
            var state = states.FirstOrDefault(s => s.TryGetValue("en", out var english) && english == other.State)
                ?? throw new InvalidDataException($"states.json gives another name to {other.State}, which is not one of its States.");
            foreach (var name in other.Names)
            {
                _byName.TryAdd(Key(name), state);
            }
        }

        // "Nigerian Communications Commission", "Agence béninoise du service universel": the adjective names the State.
        foreach (var adjective in adjectives ?? [])
        {
            if (!states.Any(s => s.TryGetValue("en", out var english) && english == adjective.State))
            {
                throw new InvalidDataException($"states.json gives adjectives to {adjective.State}, which is not one of its States.");
            }

            foreach (var word in adjective.Names)
            {
                _stateOfAdjective.TryAdd(TextNormaliser.Fold(word).Trim(), adjective.State);
            }
        }
    }

    public static StateNames Default { get; } = LoadEmbedded();

    public static StateNames LoadEmbedded()
    {
        using var stream = typeof(StateNames).Assembly.GetManifestResourceStream("Serverless.Shared.states.json")
            ?? throw new InvalidOperationException("The embedded states.json is missing from Serverless.Shared.");
        var file = JsonSerializer.Deserialize<StateFile>(stream, Taxonomy.JsonOptions)
            ?? throw new InvalidDataException("states.json is empty.");
        return new StateNames(file.States, LanguageCatalog.Default, file.OtherNames, file.Adjectives);
    }

    /// <summary>
    /// The State's name in <paramref name="language"/> as running text writes it ("la Suisse", "the Netherlands") when
    /// <paramref name="name"/> is a State's name in any language, with or without its article; else null.
    /// </summary>
    public string? In(string name, string language) =>
        _byName.TryGetValue(Key(name), out var state) && state.TryGetValue(language, out var written) ? written : null;

    /// <summary>
    /// Whether <paramref name="name"/> names a State, formally or not ("REPUBLIC OF RWANDA", "Burkina Faso"): a line in
    /// capitals beside a letterhead's name that names none is a label ("COMMUNIQUÉ DE PRESSE", "HUMAN RIGHTS"), no place.
    /// </summary>
    public bool Names(string name) => _byName.ContainsKey(Key(ShortName(name)));

    /// <summary>
    /// The short name a State's formal name ends with ("Côte d'Ivoire" of "République de Côte d'Ivoire"), or the name
    /// itself when it is one already ("Republic of Korea") or names no State.
    /// </summary>
    public string ShortName(string name)
    {
        if (_byName.ContainsKey(Key(name)))
        {
            return name;
        }

        for (var i = 1; i < name.Length; i++)
        {
            if ((name[i - 1] == ' ' || name[i - 1] == '\'' || name[i - 1] == '’') && char.IsUpper(name[i]) && _byName.ContainsKey(Key(name[i..])))
            {
                return name[i..];
            }
        }

        return name;
    }

    /// <summary>
    /// The State <paramref name="text"/> names last as whole words, in English as <c>states.json</c> writes it ("Mongolia"
    /// of "Ministry of ... – Mongolia", "the Niger" of "Bureau de l'UNICEF au Niger"), or null. A State whose name holds
    /// another's is the one named ("Papua New Guinea", not "Guinea"; "la République démocratique du Congo", not "le Congo").
    /// </summary>
    public string? LastNamedIn(string text)
    {
        var folded = TextNormaliser.Fold(text);
        var named = new List<(int Start, int End, string State)>();
        foreach (var (key, state) in _byName)
        {
            if (key.Length == 0 || !state.TryGetValue("en", out var english))
            {
                continue;
            }

            var word = $" {key} ";
            for (var at = folded.IndexOf(word, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                named.Add((at, at + word.Length, english));
            }
        }

        return named.Where(n => !named.Any(o => o.Start <= n.Start && o.End >= n.End && o.End - o.Start > n.End - n.Start))
            .OrderByDescending(n => n.Start)
            .Select(n => n.State)
            .FirstOrDefault() ?? AdjectiveIn(text);
    }

    /// <summary>
    /// The State, in English as <c>states.json</c> writes it, whose adjective <paramref name="text"/> holds last as a
    /// whole word ("Nigeria" of "Nigerian Communications Commission", "Benin" of "Agence béninoise du service
    /// universel"), or null.
    /// </summary>
    public string? AdjectiveIn(string text)
    {
        var words = TextNormaliser.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var end = words.Length; end > 0; end--)
        {
            // An adjective of two words ("South African", "sierra leonais" once folded) is read before its last word.
            for (var length = Math.Min(3, end); length > 0; length--)
            {
                if (_stateOfAdjective.TryGetValue(string.Join(' ', words[(end - length)..end]), out var state))
                {
                    return state;
                }
            }
        }

        return null;
    }

    /// <summary>The State <paramref name="name"/> names, in English as <c>states.json</c> writes it, or null.</summary>
    public string? English(string name) =>
        _byName.TryGetValue(Key(ShortName(name)), out var state) && state.TryGetValue("en", out var english) ? english : null;

    /// <summary>
    /// A name whose place a dash gives as a State ("Agence ... (ANSIE) – République de Djibouti", "Greater Amman
    /// Municipality – Kingdom of Jordan") with that State written in <paramref name="language"/>, by its short name and
    /// without its article ("– Djibouti", "– Jordanie"), as a draft names every State in its own language; any other name
    /// as it is.
    /// </summary>
    public string WithPlaceIn(string name, string language)
    {
        var dash = name.LastIndexOf(" – ", StringComparison.Ordinal);
        if (dash <= 0 || In(ShortName(name[(dash + 3)..].Trim()), language) is not { } written)
        {
            return name;
        }

        var article = _writtenArticles.FirstOrDefault(a => written.StartsWith(a.EndsWith('\'') || a.EndsWith('’') ? a : a + " ", StringComparison.OrdinalIgnoreCase));
        return $"{name[..dash]} – {(article is null ? written : written[article.Length..].TrimStart())}";
    }

    /// <summary>Whether <paramref name="text"/> opens on a State's name as whole words ("Bangladesh Country Office", "Bénin – Chapitre...").</summary>
    public bool OpensWithState(string text)
    {
        var folded = TextNormaliser.Fold(text);
        return _byName.Keys.Any(key => key.Length > 0 && folded.StartsWith($" {key} ", StringComparison.Ordinal));
    }

    /// <summary>A name folded, without the article that may open it: "La Suisse", "Suisse" and "suisse" are one key.</summary>
    private string Key(string name)
    {
        var folded = TextNormaliser.Fold(name).Trim();
        var article = _articles.FirstOrDefault(a => folded.StartsWith(a + " ", StringComparison.Ordinal));
        return article is null ? folded : folded[(article.Length + 1)..];
    }

    private sealed record StateFile(IReadOnlyList<IReadOnlyDictionary<string, string>> States, IReadOnlyList<OtherName>? OtherNames,
        IReadOnlyList<OtherName>? Adjectives);
}

/// <summary>
/// Names of a State other than its short name, in any language: a formal name no short name ends ("la République
/// tunisienne" of Tunisia), or the word its bodies go by ("Korea").
/// </summary>
public sealed record OtherName(string State, string[] Names);
