using System.CommandLine;
using System.Text;
using System.Text.Json;
using Serverless.Shared.Classification;
using Serverless.Shared.Segmentation;

namespace Serverless.Local.Cli;

/// <summary>
/// <c>./wsis classify</c>: reads <c>{"id", "text", "lang"?, "section"?, "kind"?, "documentBody"?}</c> lines on stdin and
/// writes one <c>{"id", "actionLines", "requestingBodies", "bodyEvidence", "addressees", "kind"}</c> line per input
/// (<c>bodyEvidence</c>: each body the trained model guessed rather than read, with why). A line that is not a
/// JSON object with a text gets one line on stderr and is skipped; the exit code is then 2.
/// </summary>
internal static class ClassifyCommand
{
    private sealed record Input(JsonElement Id, string? Text, string? Lang, string? Section, string? Kind, string? DocumentBody);

    private sealed record Output(
        JsonElement Id, IReadOnlyList<string> ActionLines, IReadOnlyList<string> RequestingBodies, IReadOnlyDictionary<string, string> BodyEvidence, IReadOnlyList<string> Addressees, string Kind);

    public static Command Create(Func<IParagraphClassifier> classifier)
    {
        var command = new Command("classify", "Label JSON Lines paragraphs read on stdin by action line, requesting body and addressee.");
        command.SetAction((_, cancellationToken) =>
        {
            // Read and written synchronously through large buffers: awaiting the console streams hops to the thread
            // pool for every read, which cost five times the classification itself.
            using var input = new StreamReader(Console.OpenStandardInput(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true, CliStreams.BufferSize);
            using var output = CliStreams.StandardOutput();
            return Task.FromResult(Label(classifier(), input, output, Console.Error, cancellationToken));
        });
        return command;
    }

    /// <summary>Labels every line of <paramref name="input"/>; returns the exit code.</summary>
    internal static int Label(IParagraphClassifier labeller, TextReader input, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        var lineNumber = 0;
        var rejected = 0;
        while (input.ReadLine() is { } line)
        {
            cancellationToken.ThrowIfCancellationRequested();
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            // A bad line is reported and skipped: one malformed paragraph must not cost the caller the rest.
            if (Read(line, lineNumber, out var problem) is not { } paragraph)
            {
                rejected++;
                errors.WriteLine(problem);
                continue;
            }

            var labels = labeller.Classify(new ClassificationRequest(
                paragraph.Text!,
                paragraph.Lang,
                paragraph.Section,
                ParagraphKindNames.TryParse(paragraph.Kind, out var kind) ? kind : null,
                paragraph.DocumentBody));
            output.WriteLine(CliJson.Line(new Output(
                paragraph.Id,
                labels.ActionLines.Select(a => a.Code).ToArray(),
                labels.RequestingBodies,
                labels.GuessedBodies.ToDictionary(g => g.Body, g => g.Evidence),
                labels.Addressees,
                labels.Kind.ToName())));
        }

        output.Flush();
        if (rejected == 0)
        {
            return 0;
        }

        errors.WriteLine($"{rejected} of {lineNumber} lines could not be read (see above); the others were labelled.");
        return CliErrors.BadInput;
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

        return paragraph;
    }
}
