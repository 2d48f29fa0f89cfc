using System.CommandLine;
using Serverless.Shared.Reading;
using Serverless.Shared.Segmentation;

namespace Serverless.Local.Cli;

/// <summary><c>./wsis segment FILE [--stats]</c>: the paragraphs of a file as JSON Lines.</summary>
internal static class SegmentCommand
{
    private sealed record ParagraphLine(int Index, string Text, string Kind, string? Number, string? Section, int? Page, IReadOnlyList<string> Footnotes);

    public static Command Create(Func<DocumentParser> parser)
    {
        var file = new Argument<FileInfo>("file") { Description = "The document to segment (PDF, DOCX, HTML, Markdown, text)." };
        var stats = new Option<bool>("--stats") { Description = "Print the number of paragraphs of each kind instead of the paragraphs." };
        var command = new Command("segment", "Print the paragraphs of a file as JSON Lines: index, text, kind, number, section.") { file, stats };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var path = parseResult.GetValue(file)!;
            if (Directory.Exists(path.FullName))
            {
                return Task.FromResult(CliErrors.Fail($"{path.FullName}: a folder, not a file; give one document."));
            }

            if (!path.Exists)
            {
                return Task.FromResult(CliErrors.Fail($"{path.FullName}: no such file."));
            }

            if (string.Equals(path.Extension, ".pdf", StringComparison.OrdinalIgnoreCase))
            {
                // PdfPig's one-time set-up runs on the other core while the segmenter is built.
                PdfDocumentReader.Prepare();
            }

            SegmentedDocument document;
            try
            {
                document = parser().Parse(DocumentSource.FromFile(path.FullName), cancellationToken);
            }
            catch (UnreadableDocumentException e)
            {
                return Task.FromResult(CliErrors.Fail($"{path.Name}: {e.Message}"));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Not allowed to read it, or the disk failed under it: the system's own sentence, not a stack trace.
                return Task.FromResult(CliErrors.Fail($"{path.FullName}: could not be read ({e.Message})"));
            }

            if (parseResult.GetValue(stats))
            {
                Console.WriteLine($"{"format",-12} {document.Format}");
                Console.WriteLine($"{"language",-12} {document.Profile.Language}");
                Console.WriteLine($"{"kind",-12} {document.Profile.Kind}");
                Console.WriteLine($"{"symbol",-12} {document.Profile.Symbol ?? "-"}");
                foreach (var group in document.Paragraphs.GroupBy(p => p.Kind).OrderBy(g => g.Key))
                {
                    Console.WriteLine($"{group.Key.ToName(),-12} {group.Count()}");
                }

                Console.WriteLine($"{"total",-12} {document.Paragraphs.Count}");
                return Task.FromResult(0);
            }

            using var output = CliStreams.StandardOutput();
            foreach (var p in document.Paragraphs)
            {
                output.WriteLine(CliJson.Line(new ParagraphLine(p.Index, p.Text, p.Kind.ToName(), p.Number, p.Section, p.Page, p.Footnotes ?? [])));
            }

            return Task.FromResult(0);
        });
        return command;
    }
}
