using System.Text.Json;
using System.Text.RegularExpressions;

namespace Serverless.Shared.Classification;

/// <summary>
/// The languages the classifier reads: every <c>Classification/Languages/*.json</c> embedded in this assembly, loaded
/// and checked once (a bad file stops the load with a message naming the file and the field). Ordered default
/// language first, then by code. Immutable, so one instance serves all threads.
/// </summary>
public sealed class LanguageCatalog
{
    private const string ResourcePrefix = "Serverless.Shared.Languages.";

    private static readonly Lazy<LanguageCatalog> Embedded = new(LoadEmbedded);

    private readonly Dictionary<string, LanguageResource> _byCode;

    private LanguageCatalog(IReadOnlyList<LanguageResource> languages)
    {
        Languages = languages;
        _byCode = languages.ToDictionary(l => l.Code, StringComparer.OrdinalIgnoreCase);
        var commonWords = new Dictionary<string, ulong>(StringComparer.Ordinal);
        for (var k = 0; k < languages.Count && k < 64; k++)
        {
            foreach (var word in languages[k].CommonWords)
            {
                commonWords[word] = commonWords.GetValueOrDefault(word) | (1UL << k);
            }
        }

        CommonWords = commonWords.GetAlternateLookup<ReadOnlySpan<char>>();
        CommonLatinWords = new PackedWords(commonWords
            .Where(w => w.Key.All(c => c <= byte.MaxValue))
            .Select(w => (LanguageDetector.Packed(w.Key), w.Value)));
    }

    /// <summary>The embedded catalogue, loaded on first use.</summary>
    public static LanguageCatalog Default => Embedded.Value;

    /// <summary>Default language first, then by code.</summary>
    public IReadOnlyList<LanguageResource> Languages { get; }

    public LanguageResource DefaultLanguage => Languages[0];

    /// <summary>
    /// The common words of every language, each with the languages it is common in (bit k: <see cref="Languages"/>[k]),
    /// so the detector looks a word up once, not once a language. The first 64 languages only (the catalogue has two).
    /// </summary>
    internal Dictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> CommonWords { get; }

    /// <summary>
    /// <see cref="CommonWords"/> whose letters are all below U+0100, by their letters packed into a number
    /// (<see cref="LanguageDetector.Packed"/>): the detector's look-up for the words of French and English text, one
    /// integer hash instead of a string's.
    /// </summary>
    internal PackedWords CommonLatinWords { get; }

    public LanguageResource Get(string code) =>
        TryGet(code, out var language)
            ? language
            : throw new KeyNotFoundException($"No language '{code}' in the catalogue ({string.Join(", ", Languages.Select(l => l.Code))}).");

    public bool TryGet(string code, out LanguageResource language) => _byCode.TryGetValue(code, out language!);

    /// <summary>Every language's words of one kind, in catalogue order, without repeats: for rules that read all languages at once.</summary>
    public IReadOnlyList<string> Pooled(Func<LanguageResource, IEnumerable<string>> words) =>
        Languages.SelectMany(words).Distinct(StringComparer.Ordinal).ToArray();

    public static LanguageCatalog LoadEmbedded()
    {
        var assembly = typeof(LanguageCatalog).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => ("Classification/Languages/" + n[ResourcePrefix.Length..], assembly.GetManifestResourceStream(n)!))
            .ToArray();
        try
        {
            return Load(files);
        }
        finally
        {
            foreach (var (_, stream) in files)
            {
                stream.Dispose();
            }
        }
    }

    /// <summary>Reads and checks the language files (a name for messages, and the JSON).</summary>
    /// <exception cref="InvalidDataException">A file is unreadable or breaks a rule; the message names the file and the field.</exception>
    public static LanguageCatalog Load(IEnumerable<(string Name, Stream Json)> files)
    {
        var languages = new List<LanguageResource>();
        foreach (var (name, json) in files)
        {
            LanguageResource? language;
            try
            {
                language = JsonSerializer.Deserialize<LanguageResource>(json, Taxonomy.JsonOptions);
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{name}: unreadable at {e.Path ?? "$"}: {e.Message}", e);
            }

            var checkedLanguage = Check(name, language ?? throw new InvalidDataException($"{name}: the file is empty."));
            if (languages.FirstOrDefault(l => string.Equals(l.Code, checkedLanguage.Code, StringComparison.OrdinalIgnoreCase)) is { } twin)
            {
                throw new InvalidDataException($"{name}: code '{checkedLanguage.Code}' is already the code of {twin.Name}.");
            }

            languages.Add(checkedLanguage);
        }

        var defaults = languages.Where(l => l.Default).Select(l => l.Code).ToArray();
        if (defaults.Length != 1)
        {
            throw new InvalidDataException(
                $"Exactly one language file must say \"default\": true (the language of a tie); found {(defaults.Length == 0 ? "none" : string.Join(", ", defaults))}.");
        }

        return new LanguageCatalog(languages.OrderByDescending(l => l.Default).ThenBy(l => l.Code, StringComparer.Ordinal).ToArray());
    }

    private static LanguageResource Check(string file, LanguageResource language)
    {
        void Fail(string field, string problem) => throw new InvalidDataException($"{file}: {field} {problem}");

        if (string.IsNullOrWhiteSpace(language.Code) || !language.Code.All(char.IsAsciiLetterLower))
        {
            Fail("code", "must be the language's lower-case ISO 639 code (\"fr\").");
        }

        if (string.IsNullOrWhiteSpace(language.Name))
        {
            Fail("name", "is missing.");
        }

        Words(file, "commonWords", language.CommonWords, required: true);
        foreach (var word in language.CommonWords)
        {
            if (word.Length > LanguageDetector.MaxWordLetters || !word.All(c => char.IsLetter(c) && c == char.ToLowerInvariant(c)))
            {
                Fail("commonWords", $"entry '{word}' must be lower-case letters only, at most {LanguageDetector.MaxWordLetters} of them: the detector reads no other words.");
            }
        }

        Folded(file, "stopWords", language.StopWords);
        Folded(file, "elisions", language.Elisions);
        Folded(file, "afterApostrophe", language.AfterApostrophe);
        CheckStemming(file, language.Stemming);

        if (language.Bodies is not { } bodies)
        {
            Fail("bodies", "is missing.");
            return language;
        }

        Words(file, "bodies.forwardCitationWords", bodies.ForwardCitationWords, required: false);
        Words(file, "bodies.coordinationGaps", bodies.CoordinationGaps, required: false);
        Words(file, "bodies.articles", bodies.Articles, required: false);
        if (bodies.SymbolWords is not null)
        {
            Words(file, "bodies.symbolWords", bodies.SymbolWords, required: false);
        }

        if (language.Requests is not { } requests)
        {
            Fail("requests", "is missing.");
            return language;
        }

        Words(file, "requests.conjunctions", requests.Conjunctions, required: false);
        Words(file, "requests.adverbsBefore", requests.AdverbsBefore, required: false);
        Words(file, "requests.adverbsAfter", requests.AdverbsAfter, required: false);
        Pattern(file, "requests.infinitive", requests.Infinitive);
        if (!new Regex(requests.Infinitive).GetGroupNames().Contains("marker"))
        {
            Fail("requests.infinitive", "needs a group named marker (the words left out of the action).");
        }

        Words(file, "requests.deadlineLeads", requests.DeadlineLeads, required: false);
        Words(file, "requests.dayOrdinals", requests.DayOrdinals, required: false);
        Words(file, "requests.sessions", requests.Sessions, required: false);
        for (var i = 0; i < requests.DeadlineLeads.Length; i++)
        {
            Pattern(file, $"requests.deadlineLeads[{i}]", requests.DeadlineLeads[i]);
        }

        for (var i = 0; i < requests.Sessions.Length; i++)
        {
            Pattern(file, $"requests.sessions[{i}]", requests.Sessions[i]);
        }

        return language;
    }

    private static void CheckStemming(string file, SuffixRule[][]? steps)
    {
        if (steps is null)
        {
            throw new InvalidDataException($"{file}: stemming is missing (an empty list stems nothing).");
        }

        for (var s = 0; s < steps.Length; s++)
        {
            for (var r = 0; r < (steps[s]?.Length ?? 0); r++)
            {
                var rule = steps[s][r];
                var field = $"stemming[{s}][{r}]";
                if (rule?.Suffix is not { Length: > 0 } suffix || !IsFolded(suffix))
                {
                    throw new InvalidDataException($"{file}: {field}.suffix must be folded letters (lower case, no accents).");
                }

                if (rule.Replacement is null || rule.Replacement.Length > suffix.Length || (rule.Replacement.Length > 0 && !IsFolded(rule.Replacement)))
                {
                    throw new InvalidDataException(
                        $"{file}: {field}.replacement must be folded letters no longer than the suffix '{suffix}' (\"\" to drop it): stems are made in place.");
                }

                if (rule.MinLength <= suffix.Length)
                {
                    throw new InvalidDataException($"{file}: {field}.minLength must be more than the suffix's {suffix.Length} letters, so a stem is never empty.");
                }
            }
        }
    }

    private static void Words(string file, string field, string[]? words, bool required)
    {
        if (words is null || (required && words.Length == 0))
        {
            throw new InvalidDataException($"{file}: {field} is missing{(required ? " or empty" : " (write [] for none)")}.");
        }

        if (words.Any(string.IsNullOrWhiteSpace))
        {
            throw new InvalidDataException($"{file}: {field} has an empty entry.");
        }
    }

    /// <summary>The tokeniser compares folded words: an entry with capitals or accents would never match.</summary>
    private static void Folded(string file, string field, string[]? words)
    {
        Words(file, field, words, required: false);
        foreach (var word in words!)
        {
            if (!IsFolded(word))
            {
                throw new InvalidDataException($"{file}: {field} entry '{word}' must be written folded ('{TextNormaliser.Fold(word).Trim()}'): the tokeniser compares folded words.");
            }
        }
    }

    private static bool IsFolded(string word) => TextNormaliser.Fold(word).Trim() == word && !word.Contains(' ');

    private static void Pattern(string file, string field, string? pattern)
    {
        if (string.IsNullOrEmpty(pattern))
        {
            throw new InvalidDataException($"{file}: {field} is missing.");
        }

        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"{file}: {field} is not a valid regular expression: {e.Message}");
        }
    }

    /// <summary>
    /// Common words by their packed letters, each with its languages' bits: a <see cref="PairMap"/> to the index of the
    /// bits, read for every short word of every paragraph whose language is detected (a dictionary of numbers cost
    /// the detector a third of its time).
    /// </summary>
    internal sealed class PackedWords
    {
        private readonly PairMap _index = new();
        private readonly ulong[] _languages;

        public PackedWords(IEnumerable<(ulong Packed, ulong Languages)> words)
        {
            var languages = new List<ulong>();
            foreach (var (packed, bits) in words)
            {
                _index[(long)packed] = languages.Count;
                languages.Add(bits);
            }

            _languages = [.. languages];
        }

        public int Count => _index.Count;

        public ulong this[ulong packed] => TryGetValue(packed, out var languages) ? languages : throw new KeyNotFoundException($"No common word packs as {packed}.");

        public bool TryGetValue(ulong packed, out ulong languages)
        {
            if (_index.TryGetValue((long)packed, out var k))
            {
                languages = _languages[k];
                return true;
            }

            languages = 0;
            return false;
        }
    }
}
