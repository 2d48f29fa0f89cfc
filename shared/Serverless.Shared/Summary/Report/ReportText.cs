using System.Text.Json;
using System.Text.Json.Serialization;

namespace Serverless.Shared.Summary.Report;

/// <summary>
/// The fixed wording of the draft, one file per language: <c>Summary/Report/Texts/{code}.json</c> (embedded; a missing
/// field stops the load with the file's name). Counted nouns come as singular/plural pairs for <see cref="Plural"/>;
/// <c>{0}</c>-style holes are filled with the report's culture.
/// </summary>
/// <param name="Language">The file's language code.</param>
/// <param name="ContributorsMany">
/// The introduction's sentence when the contributors are too many to list (a year may have thousands): the documents,
/// the entities' count, then the few that sent the most documents ("among them, by the number of documents sent, ...").
/// </param>
/// <param name="SmallNumbers">Numbers under ten as words (zero first): running text spells them out ("twice", "à trois reprises").</param>
/// <param name="NestedQuotes">Pairs [written, replacement] turning a quotation's own quotation marks into those of a quote inside a quote, in order.</param>
/// <param name="LanguageNames">Languages' names in this language ("anglais"), for quotes in another language.</param>
/// <param name="RepeatsByAbbreviation">
/// Whether a contributor named once in a paragraph with its abbreviation is named by the abbreviation alone when it
/// speaks again ("RAEIT adds"): English writes an organisation's abbreviation bare; French gives it an article whose
/// gender the name does not tell ("le RAEIT", "la CEA"), so it repeats the full name.
/// </param>
/// <param name="PluralArticles">
/// The articles that make the subject they open plural ("Les Émirats arabes unis"), so that its verb agrees ("indiquent",
/// "ajoutent"); none in English, whose "The" does not tell.
/// </param>
/// <param name="FirstPerson">
/// The words by which a contributor speaks of itself ("we", "our", "nous", "notre"): a known contributor's statement
/// that holds one is quoted under its name ("Le PNUD indique : « ... nous avons cartographié... »"), never put in the
/// report's own voice ("Selon le PNUD, ... nous avons..."). Lower case, whole words.
/// </param>
/// <param name="ForeignNameArticles">
/// The article the report gives an organisation named in another language whose own text gives it one: pairs
/// [pattern, article], the pair whose pattern matches the name earliest deciding ("The Consortium des universités
/// numériques d'Afrique centrale (CUNAC) reports" after "Le Consortium ..."; French "L'International Organization for
/// Migration indique" before a vowel, "La Mekong Youth Code Foundation indique" by its noun's gender). A name no pattern
/// matches (a State's, "la Belgique"; a coined name) keeps none.
/// </param>
public sealed record ReportText(
    string Language,
    string Title,
    string Subtitle,
    string Introduction,
    string Mandate,
    string MandateNote,
    string Contributors,
    string ContributorsMany,
    string ContributorsUnnamed,
    (string One, string Other) RenditionsNote,
    (string One, string Other) UnknownContributors,
    string Trends,
    string TrendsLead,
    string TrendLine,
    string TrendRegion,
    string NoPreviousYear,
    string TrendTotals,
    string Regional,
    string International,
    string Mandates,
    string ActionLines,
    (string One, string Other) NoActivity,
    string ReportedElsewhere,
    string Conclusions,
    string MostActivity,
    string LeastActivity,
    string Request,
    string Deadline,
    string Session,
    string NoRequests,
    string According,
    (string One, string Other) Reports,
    (string One, string Other) Adds,
    string OtherLanguage,
    (string One, string Other) OtherLanguageAttributed,
    (string One, string Other) OtherLanguageAdds,
    string OtherLanguageMandate,
    string Paragraph,
    string UnnumberedParagraph,
    string UntitledContribution,
    string UntitledResolution,
    string UntitledDecision,
    string UnknownEntity,
    string UnknownSubject,
    string TableTotals,
    string TableActionLines,
    string TableRegions,
    string TableRequests,
    string SecretaryGeneral,
    (string One, string Other) Documents,
    (string One, string Other) Paragraphs,
    (string One, string Other) Entities,
    (string One, string Other) ReceivedDocuments,
    IReadOnlyList<string> SmallNumbers,
    IReadOnlyList<string[]> NestedQuotes,
    IReadOnlyDictionary<string, string> LanguageNames,
    bool RepeatsByAbbreviation = false,
    IReadOnlyList<string>? PluralArticles = null,
    IReadOnlyList<string>? FirstPerson = null,
    IReadOnlyList<string[]>? ForeignNameArticles = null)
{
    private const string ResourcePrefix = "Serverless.Shared.ReportTexts.";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new CountedNounConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    private static readonly Lazy<IReadOnlyDictionary<string, ReportText>> Embedded = new(LoadEmbedded);

    /// <summary>The wording of a report in the language, or in English when there is no file for it.</summary>
    public static ReportText For(string language) =>
        Embedded.Value.TryGetValue(language, out var text) ? text : English;

    public static ReportText English => Embedded.Value["en"];

    public static ReportText French => Embedded.Value["fr"];

    /// <summary>A language's name in this report's language: "anglais", "French".</summary>
    public string LanguageName(string language) =>
        LanguageNames.TryGetValue(language, out var name) ? name : LanguageNames[Language];

    /// <summary>Every <c>Summary/Report/Texts/{code}.json</c> embedded in this assembly, checked for every field.</summary>
    private static IReadOnlyDictionary<string, ReportText> LoadEmbedded()
    {
        var assembly = typeof(ReportText).Assembly;
        var texts = new Dictionary<string, ReportText>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            var text = JsonSerializer.Deserialize<ReportText>(stream, Json)
                ?? throw new InvalidDataException($"{resource}: empty report texts.");
            var missing = typeof(ReportText).GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance)
                .Where(p => p.GetValue(text) is null or (null, _) or (_, null))
                .Select(p => p.Name)
                .ToList();
            if (missing.Count > 0 || !text.LanguageNames.ContainsKey(text.Language))
            {
                throw new InvalidDataException($"{resource}: missing {string.Join(", ", missing.DefaultIfEmpty($"languageNames.{text.Language}"))}.");
            }

            texts[text.Language] = text;
        }

        return texts;
    }

    /// <summary>A counted noun's pair, written in the files as <c>{"one": ..., "other": ...}</c>.</summary>
    private sealed class CountedNounConverter : JsonConverter<(string One, string Other)>
    {
        public override (string One, string Other) Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var pair = JsonSerializer.Deserialize<Dictionary<string, string>>(ref reader)
                ?? throw new JsonException("A counted noun needs \"one\" and \"other\".");
            return pair.TryGetValue("one", out var one) && pair.TryGetValue("other", out var other)
                ? (one, other)
                : throw new JsonException("A counted noun needs \"one\" and \"other\".");
        }

        public override void Write(Utf8JsonWriter writer, (string One, string Other) value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteString("one", value.One);
            writer.WriteString("other", value.Other);
            writer.WriteEndObject();
        }
    }
}
