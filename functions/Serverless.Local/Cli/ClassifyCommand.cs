using System.CommandLine;
using System.Text.Json;
using Serverless.Shared.Classification;
using Serverless.Shared.Segmentation;

namespace Serverless.Local.Cli;

/// <summary>
/// <c>./wsis classify</c>: reads <c>{"id", "text", "lang"?, "section"?, "kind"?, "documentBody"?}</c> lines on stdin and
/// writes one <c>{"id", "actionLines", "requestingBodies", "addressees", "kind"}</c> line per input.
/// </summary>
internal static class ClassifyCommand
{
    private sealed record Input(JsonElement Id, string? Text, string? Lang, string? Section, string? Kind, string? DocumentBody);

    private sealed record Output(JsonElement Id, IReadOnlyList<string> ActionLines, IReadOnlyList<string> RequestingBodies, IReadOnlyList<string> Addressees, string Kind);

    public static Command Create(Func<IParagraphClassifier> classifier)
    {
        var command = new Command("classify", "Label JSON Lines paragraphs read on stdin by action line, requesting body and addressee.");
        command.SetAction(async (_, cancellationToken) =>
        {
            var labeller = classifier();
            using var input = new StreamReader(Console.OpenStandardInput());
            await using var output = new StreamWriter(Console.OpenStandardOutput());
            var lineNumber = 0;
            while (await input.ReadLineAsync(cancellationToken) is { } line)
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                Input? paragraph;
                try
                {
                    paragraph = JsonSerializer.Deserialize<Input>(line, CliJson.Options);
                }
                catch (JsonException e)
                {
                    await output.FlushAsync(cancellationToken);
                    return CliErrors.Fail($"line {lineNumber}: not a JSON object ({e.Message}).");
                }

                if (paragraph?.Text is null)
                {
                    await output.FlushAsync(cancellationToken);
                    return CliErrors.Fail($"line {lineNumber}: needs a \"text\" field.");
                }

                var labels = labeller.Classify(new ClassificationRequest(
                    paragraph.Text,
                    paragraph.Lang,
                    paragraph.Section,
                    ParagraphKindNames.TryParse(paragraph.Kind, out var kind) ? kind : null,
                    paragraph.DocumentBody));
                await output.WriteLineAsync(CliJson.Line(new Output(
                    paragraph.Id, labels.ActionLines.Select(a => a.Code).ToArray(), labels.RequestingBodies, labels.Addressees, labels.Kind.ToName())));
            }

            return 0;
        });
        return command;
    }
}
