using System.Text.Json;
using Serverless.Shared.Classification;
using Serverless.Shared.Segmentation;

namespace Serverless.Evaluation;

/// <summary>
/// Reads a labelled set in JSON Lines: one object per line,
/// <c>{"id","text"|"source":{"file","start","end"?,"continuation"?},"lang","section"?,"kind"?,"documentBody"?,"actionLines":[...],"requestingBodies":[...]?}</c>.
/// Items with a <c>source</c> point into the corpus and are resolved through a <see cref="CorpusParagraphResolver"/>;
/// without one (no corpus here) they are skipped, and every skip is reported with its reason.
/// </summary>
public static class LabelledSetReader
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static LabelledSet ReadFile(string path, CorpusParagraphResolver? corpus) =>
        Read(File.ReadLines(path), corpus, Path.GetFileName(path));

    public static LabelledSet Read(IEnumerable<string> lines, CorpusParagraphResolver? corpus, string name = "input")
    {
        var items = new List<LabelledParagraph>();
        var skipped = new List<string>();
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

    /// <summary>One line as JSON, or an error that names the file and line instead of the parser's stack.</summary>
    internal static T? Parse<T>(string line, string name, int number)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(line, Json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{name}:{number}: not a JSON object of the labelled-set format ({e.Message.Split(" Path:")[0]}).", e);
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
