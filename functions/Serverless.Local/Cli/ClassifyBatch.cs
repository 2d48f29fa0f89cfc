using System.Buffers;
using System.Text.Json;
using Serverless.Shared.Classification;
using Serverless.Shared.Segmentation;

namespace Serverless.Local.Cli;

/// <summary>
/// One batch of <c>./wsis classify</c>'s input lines, read, labelled and written as UTF-8 JSON Lines into a buffer of its
/// own, so batches can be labelled on several cores and still be written in the order they came. A line that cannot
/// be read becomes a problem to report instead of an output line.
/// </summary>
internal sealed class ClassifyBatch(IReadOnlyList<string> lines, int firstLineNumber)
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = CliJson.Options.Encoder,
        Indented = false,
        SkipValidation = true,
    };

    private static readonly byte[] NewLine = "\n"u8.ToArray();

    private sealed record Input(ParagraphId? Id, string? Text, string? Lang, string? Section, string? Kind, string? DocumentBody);

    /// <summary>The JSON Lines written, once <see cref="Label"/> has run.</summary>
    public ArrayBufferWriter<byte> Output { get; } = new(lines.Count * 256);

    /// <summary>One message per line that could not be read, in line order.</summary>
    public List<string> Problems { get; } = [];

    /// <summary>Input lines counted, blank ones included (for the closing count).</summary>
    public int LineCount => lines.Count;

    public ClassifyBatch Label(IParagraphClassifier labeller)
    {
        using var json = new Utf8JsonWriter(Output, WriterOptions);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            // A bad line is reported and skipped: one malformed paragraph must not cost the caller the rest.
            if (Read(line, firstLineNumber + i, out var problem) is not { } paragraph)
            {
                Problems.Add(problem);
                continue;
            }

            var labels = labeller.Classify(new ClassificationRequest(
                paragraph.Text!,
                paragraph.Lang,
                paragraph.Section,
                ParagraphKindNames.TryParse(paragraph.Kind, out var kind) ? kind : null,
                paragraph.DocumentBody));
            Write(json, paragraph.Id!, labels);
            json.Flush();
            json.Reset();
            Output.Write(NewLine);
        }

        return this;
    }

    /// <summary>
    /// <c>{"id", "actionLines", "requestingBodies", "bodyEvidence", "addressees", "kind"}</c>, written as the command's
    /// JSON options always wrote it (camelCase names, relaxed escaping), without building an object per line.
    /// </summary>
    private static void Write(Utf8JsonWriter json, ParagraphId id, ParagraphLabels labels)
    {
        json.WriteStartObject();
        json.WritePropertyName("id"u8);
        id.WriteTo(json);
        json.WriteStartArray("actionLines"u8);
        foreach (var line in labels.ActionLines)
        {
            json.WriteStringValue(line.Code);
        }

        json.WriteEndArray();
        WriteStrings(json, "requestingBodies"u8, labels.RequestingBodies);
        json.WriteStartObject("bodyEvidence"u8);
        foreach (var guess in labels.GuessedBodies)
        {
            json.WriteString(guess.Body, guess.Evidence);
        }

        json.WriteEndObject();
        WriteStrings(json, "addressees"u8, labels.Addressees);
        json.WriteString("kind"u8, labels.Kind.ToName());
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, ReadOnlySpan<byte> name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static Input? Read(string line, int lineNumber, out string problem)
    {
        problem = string.Empty;
        Input? paragraph;
        try
        {
            paragraph = JsonSerializer.Deserialize<Input>(line, CliJson.Options);
        }
        catch (JsonException e)
        {
            problem = $"line {lineNumber}: not a JSON object ({e.Message}).";
            return null;
        }

        if (paragraph?.Text is null)
        {
            problem = $"line {lineNumber}: needs a \"text\" field.";
            return null;
        }

        // Without an id the labels could not be told apart from the next line's (the command used to stop on such a line).
        if (paragraph.Id is null)
        {
            problem = $"line {lineNumber}: needs an \"id\" field.";
            return null;
        }

        return paragraph;
    }
}
