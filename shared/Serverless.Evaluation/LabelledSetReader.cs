using System.Text.Json;
using Serverless.Shared.Classification;
using Serverless.Shared.Segmentation;

namespace Serverless.Evaluation;

/// <summary>
/// Reads a labelled set in JSON Lines: one object per line,
/// <c>{"id","text"|"source":{"file","start","end"?,"continuation"?},"lang","section"?,"kind"?,"documentBody"?,"actionLines":[...],"requestingBodies":[...]?}</c>.
/// Items with a <c>source</c> point into the corpus and are resolved through a <see cref="CorpusParagraphResolver"/>;
/// without one (no corpus here) they are skipped, and every skip is reported with its reason. So is an item that names
/// a label the taxonomy lacks (a reviewer's correction exported before a taxonomy change, a typing slip), which would
/// otherwise be scored as a class of its own and, in training, taught as a paragraph of no line; and an item whose id
/// was read before (a paragraph corrected twice, an export saved twice), which would count twice.
/// </summary>
public static class LabelledSetReader
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,

        // A field named twice ("actionLines": ["C2"], ..., "actionLines": ["C3"], as two exports or a hand edit join
        // them) is no labelling a person wrote once: the last one was kept silently, and scored or trained on.
        AllowDuplicateProperties = false,
    };

    private static readonly Lazy<Taxonomy> Known = new(Taxonomy.LoadEmbedded);

    /// <param name="seen">Ids read so far and where, shared by the files of one run so that an id is read once in all.</param>
    public static LabelledSet ReadFile(string path, CorpusParagraphResolver? corpus, Dictionary<string, string>? seen = null) =>
        Read(File.ReadLines(path), corpus, Path.GetFileName(path), seen);

    /// <inheritdoc cref="ReadFile"/>
    public static LabelledSet Read(IEnumerable<string> lines, CorpusParagraphResolver? corpus, string name = "input", Dictionary<string, string>? seen = null)
    {
        var items = new List<LabelledParagraph>();
        var skipped = new List<string>();
        seen ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            var raw = Parse<RawItem>(line, name, number) ?? throw new InvalidDataException($"{name}:{number}: empty item.");
            if (string.IsNullOrEmpty(raw.Id) || raw.ActionLines is null)
            {
                throw new InvalidDataException($"{name}:{number}: an item needs \"id\" and \"actionLines\".");
            }

            RefuseNulls(raw.ActionLines, "actionLines", name, number);
            RefuseNulls(raw.RequestingBodies, "requestingBodies", name, number);
            if (UnknownLabel(raw.ActionLines, raw.RequestingBodies) is { } unknown)
            {
                skipped.Add($"{raw.Id} ({name}:{number}): {unknown}");
                continue;
            }

            if (!seen.TryAdd(raw.Id, $"{name}:{number}"))
            {
                skipped.Add($"{raw.Id} ({name}:{number}): labelled already at {seen[raw.Id]}; an id is read once");
                continue;
            }

            var text = raw.Text;
            if (text is null && raw.Source is { } source)
            {
                if (corpus is null)
                {
                    skipped.Add($"{raw.Id}: points into the corpus ({source.File}), which is not available");
                    continue;
                }

                text = corpus.Resolve(source.File, source.Start, source.End, source.Continuation, out var problem);
                if (text is null)
                {
                    skipped.Add($"{raw.Id}: {problem}");
                    continue;
                }
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                throw new InvalidDataException($"{name}:{number}: item {raw.Id} has neither \"text\" nor \"source\".");
            }

            ParagraphKind? kind = ParagraphKindNames.TryParse(raw.Kind, out var k) ? k : null;
            items.Add(new LabelledParagraph(
                raw.Id, text, raw.Lang ?? LanguageDetector.Detect(text), raw.ActionLines, raw.RequestingBodies,
                raw.Section, kind, raw.DocumentBody));
        }

        return new LabelledSet(items, skipped);
    }

    /// <summary>Says which label the taxonomy lacks; null when it has them all.</summary>
    private static string? UnknownLabel(string[] actionLines, string[]? requestingBodies)
    {
        var taxonomy = Known.Value;
        if (actionLines.FirstOrDefault(code => taxonomy.ActionLines.All(a => a.Code != code)) is { } line)
        {
            return $"names the action line '{line}', which the taxonomy does not have (it has {string.Join(", ", taxonomy.ActionLines.Select(a => a.Code))})";
        }

        return requestingBodies?.FirstOrDefault(id => taxonomy.Bodies.All(b => b.Id != id)) is { } body
            ? $"names the body '{body}', which the taxonomy does not have (it has {string.Join(", ", taxonomy.Bodies.Select(b => b.Id))})"
            : null;
    }

    /// <summary>A list of codes holding null is no labelling a person wrote: the file is refused with its line.</summary>
    internal static void RefuseNulls(string[]? codes, string field, string name, int number)
    {
        if (codes is not null && codes.Any(c => c is null))
        {
            throw new InvalidDataException($"{name}:{number}: \"{field}\" holds null; give codes such as \"C1\" ([] for none).");
        }
    }

    /// <summary>One line as JSON, or an error in the format's terms that names the file and line, never a .NET type.</summary>
    internal static T? Parse<T>(string line, string name, int number)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(line, Json);
        }
        catch (JsonException e)
        {
            var field = e.Path is { Length: > 1 } path ? path.TrimStart('$', '.') : null;
            var problem = !line.AsSpan().TrimStart().StartsWith("{", StringComparison.Ordinal) ? "it is no JSON object"
                : e.Message.Contains("maximum configured depth", StringComparison.Ordinal) ? $"its values are nested more than {(Json.MaxDepth > 0 ? Json.MaxDepth : 64)} levels deep"
                : e.Message.StartsWith("Duplicate", StringComparison.Ordinal) ? $"\"{field}\" is given twice; keep one"
                : !e.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal) ? $"the JSON breaks at character {(e.BytePositionInLine ?? 0) + 1}"
                : field is null ? "it is no JSON object"
                : $"\"{field}\" has a value of the wrong kind";
            throw new InvalidDataException($"{name}:{number}: not a JSON object of the labelled-set format ({problem}).", e);
        }
    }

    private sealed record RawSource(string File, string Start, string? End, string? Continuation);

    private sealed record RawItem(
        string Id,
        string? Text,
        RawSource? Source,
        string? Lang,
        string? Section,
        string? Kind,
        string? DocumentBody,
        string[]? ActionLines,
        string[]? RequestingBodies);
}
