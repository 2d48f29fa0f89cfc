using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Serverless.Shared.Classification;

namespace Serverless.Shared.Segmentation;

/// <summary>
/// The document profile's layout rules as regular expressions, built once per taxonomy and language catalog from
/// their data and cached: the header symbols of the bodies (<c>documentSymbols</c> in the taxonomy) and
/// each language's <see cref="LanguageDocumentProfile"/> phrases, in which <c>{ID}</c> is the body's name in that
/// language.
/// </summary>
internal sealed class DocumentProfilePatterns
{
    private static readonly ConditionalWeakTable<Taxonomy, ConditionalWeakTable<LanguageCatalog, DocumentProfilePatterns>> Cache = new();

    private static readonly Regex Placeholder = new(@"\{(?<id>[A-Za-z][A-Za-z0-9-]*)\}", RegexOptions.CultureInvariant);

    private const string Never = "(?!)";

    private DocumentProfilePatterns(LanguageCatalog languages, Taxonomy taxonomy)
    {
        var profiles = languages.Languages.Where(l => l.DocumentProfile is not null).Select(l => (Language: l, Profile: l.DocumentProfile!)).ToList();

        string Expand(string template, LanguageResource language) =>
            Placeholder.Replace(template, m => Regex.Escape(NameIn(taxonomy, m.Groups["id"].Value, language.Code)));

        string Alternatives(Func<LanguageDocumentProfile, string?> field) =>
            profiles.Where(p => field(p.Profile) is not null).Select(p => $"(?:{Expand(field(p.Profile)!, p.Language)})").ToList() is { Count: > 0 } parts
                ? string.Join('|', parts)
                : Never;

        var symbols = taxonomy.Bodies.SelectMany(b => b.DocumentSymbols ?? []).ToList();
        Symbol = Build(symbols.Count > 0 ? $@"\b(?:{string.Join('|', symbols)})\b" : Never, RegexOptions.None);

        AdoptedBy = Build(Alternatives(p => p.AdoptedBy), RegexOptions.IgnoreCase);

        var drafts = profiles.Where(p => p.Profile.DraftResolution is not null).Select(p => (p.Language, Words: p.Profile.DraftResolution!)).ToList();
        var organNames = drafts.SelectMany(d => d.Words.Organs).Distinct()
            .SelectMany(id => drafts.Select(d => Regex.Escape(NameIn(taxonomy, id, d.Language.Code)))).Distinct().ToList();
        var draftTitles = string.Join('|', drafts.Select(d => "(?:" + d.Words.Title + ")"));
        DraftResolution = Build(
            drafts.Count > 0 ? $@"(?:{draftTitles})\b[^\n]{{0,200}}?(?<organ>{string.Join('|', organNames)})" : Never,
            RegexOptions.IgnoreCase);

        var titles = Alternatives(p => p.ReportTitle);
        SecretaryGeneralTitle = Build(titles == Never ? Never : $@"^(?:{titles})\b", RegexOptions.IgnoreCase | RegexOptions.Multiline);
        SecretaryGeneralMandate = Build(Alternatives(p => p.ReportMandate), RegexOptions.IgnoreCase);
        ItuCouncil = Build(Alternatives(p => p.CouncilCover), RegexOptions.IgnoreCase);

        var words = profiles.Select(p => p.Profile.Contribution).OfType<string>().Distinct().Select(Regex.Escape).ToList();
        Contribution = Build(words.Count > 0 ? $@"\b(?:{string.Join('|', words)})\b" : Never, RegexOptions.IgnoreCase);

        var sessions = profiles.SelectMany(p => p.Profile.Sessions ?? []).ToList();
        var qualifiers = profiles.SelectMany(p => p.Profile.SessionQualifiers ?? []).Distinct().Select(Regex.Escape).ToList();
        var start = qualifiers.Count > 0 ? $@"(?:^|\b(?:{string.Join('|', qualifiers)})\s)" : "^";
        Session = Build(sessions.Count > 0 ? $@"{start}(?:{string.Join('|', sessions)})\b" : Never, RegexOptions.IgnoreCase | RegexOptions.Multiline);
    }

    /// <summary>A document symbol printed in the header: <c>A/RES/75/202</c>, <c>E/CN.16/2024/2</c>, <c>C25/12-E</c>.</summary>
    public Regex Symbol { get; }

    /// <summary>"Résolution adoptée par l'Assemblée générale": groups <c>what</c> and <c>organ</c>.</summary>
    public Regex AdoptedBy { get; }

    /// <summary>"Draft resolution ... Economic and Social Council": group <c>organ</c>.</summary>
    public Regex DraftResolution { get; }

    /// <summary>"Report of the Secretary-General" at the start of a line.</summary>
    public Regex SecretaryGeneralTitle { get; }

    /// <summary>The sentence naming the report's mandate.</summary>
    public Regex SecretaryGeneralMandate { get; }

    /// <summary>The cover sheet of an ITU Council document.</summary>
    public Regex ItuCouncil { get; }

    /// <summary>The word "contribution" in a title.</summary>
    public Regex Contribution { get; }

    /// <summary>A session printed in the header.</summary>
    public Regex Session { get; }

    public static DocumentProfilePatterns For(LanguageCatalog languages, Taxonomy taxonomy) =>
        Cache.GetValue(taxonomy, _ => new()).GetValue(languages, l => new DocumentProfilePatterns(l, taxonomy));

    /// <summary>
    /// Interpreted, not compiled: each expression reads a few opening paragraphs of a document, once, while compiling
    /// emitted and JIT-compiled all eight at the start of every one-shot command before its first document.
    /// </summary>
    private static Regex Build(string pattern, RegexOptions options) => new(pattern, options);

    /// <summary>The taxonomy body's name in a language: its <c>en</c> or <c>fr</c> name.</summary>
    private static string NameIn(Taxonomy taxonomy, string id, string language)
    {
        var body = taxonomy.Bodies.FirstOrDefault(b => b.Id == id)
            ?? throw new InvalidDataException($"documentProfile ({language}) names body {{{id}}}, which the taxonomy does not define.");
        return language switch
        {
            "en" => body.En,
            "fr" => body.Fr,
            _ => throw new InvalidDataException($"documentProfile ({language}) names body {{{id}}}, which has no name in that language (only en and fr)."),
        };
    }
}
