using System.Buffers;
using System.Text;
using System.Text.Json;
using Serverless.Shared.Classification;
using Serverless.Shared.Segmentation;

namespace Serverless.Local.Cli;

/// <summary>
/// One batch of <c>./wsis classify</c>'s input lines, read, labelled and written as UTF-8 JSON Lines into a buffer of its
/// own, so batches can be labelled on several cores and still be written in the order they came. A line that cannot
/// be read becomes a problem to report instead of an output line.
/// </summary>
internal sealed class ClassifyBatch(int firstLineNumber)
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = CliJson.Options.Encoder,
        Indented = false,
        SkipValidation = true,
    };

    private static readonly byte[] NewLine = "\n"u8.ToArray();

    private sealed record Input(ParagraphId? Id, string? Text, string? Lang, string? Section, string? Kind, string? DocumentBody);

    /// <summary>
    /// The lines' UTF-8 bytes, one after the other, and where each ends. Rented, and given back once the batch is
    /// labelled: a new buffer a batch was a large-object allocation every 256 lines, each bringing a full collection nearer.
    /// </summary>
    private byte[] _bytes = ArrayPool<byte>.Shared.Rent(ClassifyCommand.BatchLines * 640);
    private readonly List<int> _ends = new(ClassifyCommand.BatchLines);

    /// <summary>The JSON Lines written, once <see cref="Label"/> has run.</summary>
    public ArrayBufferWriter<byte> Output { get; } = new(ClassifyCommand.BatchLines * 256);

    /// <summary>One message per line that could not be read, in line order.</summary>
    public List<string> Problems { get; } = [];

    /// <summary>Input lines counted, blank ones included (for the closing count).</summary>
    public int LineCount => _ends.Count;

    /// <summary>Adds a line (its UTF-8 bytes, without its end).</summary>
    public void Add(ReadOnlySpan<byte> line)
    {
        var start = _ends.Count == 0 ? 0 : _ends[^1];
        if (start + line.Length > _bytes.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_bytes.Length * 2, start + line.Length));
            _bytes.AsSpan(0, start).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = larger;
        }

        line.CopyTo(_bytes.AsSpan(start));
        _ends.Add(start + line.Length);
    }

    public ClassifyBatch Label(IParagraphClassifier labeller)
    {
        using var json = new Utf8JsonWriter(Output, WriterOptions);
        for (var i = 0; i < _ends.Count; i++)
        {
            var start = i == 0 ? 0 : _ends[i - 1];
            var bytes = _bytes.AsSpan(start, _ends[i] - start);
            Input? paragraph;
            string problem;
            if (!InputLine.TryRead(bytes, out var fields))
            {
                // Anything the quick reader does not take is read as before, from the decoded text, so that every line
                // is read (or refused, with the same message) exactly as the serializer reads it.
                var line = Encoding.UTF8.GetString(bytes);
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                paragraph = Read(line, firstLineNumber + i, out problem);
            }
            else if (fields.IsBlank)
            {
                continue;
            }
            else
            {
                paragraph = Checked(new Input(fields.Id, fields.Text, fields.Lang, fields.Section, fields.Kind, fields.DocumentBody), firstLineNumber + i, out problem);
            }

            // A bad line is reported and skipped: one malformed paragraph must not cost the caller the rest.
            if (paragraph is null)
            {
                Problems.Add(problem);
                continue;
            }

            // The classifier reads the text as the readers give it (invisible characters out, composed letters).
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

        ArrayPool<byte>.Shared.Return(_bytes);
        _bytes = [];
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
            problem = Problem(line, lineNumber, e);
            return null;
        }

        return Checked(paragraph, lineNumber, out problem);
    }

    /// <summary>
    /// What is wrong with a line the serializer refused, in the input's terms: its own message names .NET types and its
    /// internal position format. Only bad lines pay for the second parse that tells broken JSON from a wrong value.
    /// </summary>
    private static string Problem(string line, int lineNumber, JsonException refused)
    {
        if (!line.AsSpan().TrimStart().StartsWith("{", StringComparison.Ordinal))
        {
            return $"line {lineNumber}: not a JSON object.";
        }

        // Read token by token without a depth limit, so that a line nested too deep is told apart from one that breaks.
        // Only a line within the limit is then parsed whole: a document parse of a line nested 100,000 deep took a
        // minute (its time grows faster than the depth), where the tokens take milliseconds.
        var limit = CliJson.Options.MaxDepth > 0 ? CliJson.Options.MaxDepth : 64;
        int depth;
        try
        {
            depth = Depth(line);
        }
        catch (JsonException broken)
        {
            return $"line {lineNumber}: not a JSON object (the JSON breaks at character {(broken.BytePositionInLine ?? 0) + 1}).";
        }

        if (depth > limit)
        {
            return $"line {lineNumber}: not a JSON object of the input format (its values are nested more than {limit} levels deep).";
        }

        using (var document = JsonDocument.Parse(line))
        {
            var field = refused.Path?.TrimStart('$', '.');
            return document.RootElement.ValueKind == JsonValueKind.Object && field is not null &&
                   document.RootElement.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String
                ? $"line {lineNumber}: \"{field}\" holds an escape that is no Unicode character (such as a lone surrogate, \\ud800)."
                : $"line {lineNumber}: not a JSON object of the input format (\"{field}\" has a value of the wrong kind).";
        }
    }

    /// <summary>How deep the line's values are nested (a scalar is 0); throws as the JSON breaks.</summary>
    private static int Depth(string line)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(line), new JsonReaderOptions { MaxDepth = int.MaxValue });
        var deepest = 0;
        while (reader.Read())
        {
            deepest = Math.Max(deepest, reader.CurrentDepth);
        }

        return deepest;
    }

    private static Input? Checked(Input? paragraph, int lineNumber, out string problem)
    {
        problem = string.Empty;
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
