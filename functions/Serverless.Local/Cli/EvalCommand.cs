using System.CommandLine;
using Serverless.Evaluation;
using Serverless.Local.Hosting;
using Serverless.Shared.Classification;
using Serverless.Shared.Classification.Model;

namespace Serverless.Local.Cli;

/// <summary>
/// <c>./wsis eval [FILE...] [--part held-out|tuning|all] [--misses] [--text-only] [--annotator LABELS...]</c>: precision, recall and F1
/// per label, micro and macro averages and primary accuracy, per language, for labelled JSON Lines (default: the set in
/// <c>tests/eval/</c>). Items that point into the corpus are resolved from <c>../shared/corpus</c> (or <c>--corpus</c>,
/// <c>WSIS_CORPUS</c>). With <c>--annotator</c>, a second person's labels of some items are scored against the set's
/// on those items, and the classifier on the same items beside them.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(Func<IParagraphClassifier> classifier)
    {
        var files = new Argument<FileInfo[]>("files") { Description = "Labelled JSON Lines files.", Arity = ArgumentArity.ZeroOrMore };
        var part = new Option<string>("--part")
        {
            Description = "Which part of the set: held-out (never used for tuning), tuning, or all.",
            DefaultValueFactory = _ => "all",
        };
        part.AcceptOnlyFromAmong(EvaluationSplit.HeldOut, EvaluationSplit.Tuning, "all");
        var misses = new Option<bool>("--misses") { Description = "List the paragraphs whose primary action line is wrong." };
        var corpus = new Option<DirectoryInfo?>("--corpus") { Description = "Folder of the corpus documents that items may point into." };
        var annotator = new Option<FileInfo[]>("--annotator")
        {
            Description = "A second person's labels of some items (JSON Lines: id, actionLines, requestingBodies; one file or several): scores their agreement with the set, and the classifier on the same items.",
            AllowMultipleArgumentsPerToken = true,
        };
        var textOnly = new Option<bool>("--text-only")
        {
            Description = "Give the classifier each paragraph's text alone (no language, heading, kind or issuing organ), as a bare ./wsis classify call does.",
        };
        var model = new Option<FileInfo?>("--model")
        {
            Description = "Score with this action-line model file (written by ./wsis train --out) instead of the one the classifier embeds.",
        };
        var command = new Command("eval", "Measure the classifier on a labelled JSON Lines set.") { files, part, misses, corpus, annotator, textOnly, model };
        command.SetAction((parseResult, _) =>
        {
            try
            {
                return Task.FromResult(Run(parseResult));
            }
            catch (InvalidDataException e)
            {
                return Task.FromResult(CliErrors.Fail(e.Message));
            }
        });
        return command;

        int Run(ParseResult parseResult)
        {
            var paths = (parseResult.GetValue(files) ?? []).Select(f => f.FullName).ToList();
            if (paths.Count == 0)
            {
                paths.AddRange(Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "tests", "eval"), "*.jsonl").Order(StringComparer.Ordinal));
            }

            var missing = paths.FirstOrDefault(p => !File.Exists(p));
            if (missing is not null)
            {
                return CliErrors.Fail($"{missing}: no such file.");
            }

            var corpusFolder = parseResult.GetValue(corpus)?.FullName
                ?? Environment.GetEnvironmentVariable("WSIS_CORPUS")
                ?? Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "corpus"));
            var resolver = Directory.Exists(corpusFolder) ? new CorpusParagraphResolver(corpusFolder) : null;
            var items = new List<LabelledParagraph>();
            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var path in paths)
            {
                var set = LabelledSetReader.ReadFile(path, resolver, seen);
                items.AddRange(set.Items);
                foreach (var skipped in set.Skipped)
                {
                    Console.Error.WriteLine($"skipped {skipped}");
                }
            }

            var selected = EvaluationSplit.Select(items, parseResult.GetValue(part))
                .Select(i => parseResult.GetValue(textOnly) ? i with { TextOnly = true } : i)
                .ToList();
            if (parseResult.GetValue(annotator) is { Length: > 0 } annotatorFiles)
            {
                if (annotatorFiles.FirstOrDefault(f => !f.Exists) is { } absent)
                {
                    return CliErrors.Fail($"{absent.FullName}: no such file.");
                }

                var other = AnnotatorLabels.ReadFiles(annotatorFiles.Select(f => f.FullName));
                selected = selected.Where(i => other.Covers(i.Id)).ToList();
                Console.WriteLine($"second annotator ({string.Join(", ", annotatorFiles.Select(f => f.Name))}) against the set's labels, {selected.Count} paragraphs:");
                Console.WriteLine(EvaluationReportRenderer.Summary(ClassifierEvaluation.Agreement(selected, other)));
                Console.WriteLine("the classifier on the same paragraphs:");
            }

            var labeller = classifier();
            if (parseResult.GetValue(model) is { } modelFile)
            {
                if (!modelFile.Exists)
                {
                    return CliErrors.Fail($"{modelFile.FullName}: no such file.");
                }

                try
                {
                    using var stream = modelFile.OpenRead();
                    labeller = new TaxonomyClassifier(
                        Taxonomy.LoadEmbedded(), new ClassifierOptions(), ActionLineModelFile.Load(stream), bodyGuess: BodyGuessModelFile.LoadEmbedded());
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
                {
                    // A model still being written by ./wsis train, or not a model at all: say which file, not a stack trace.
                    return CliErrors.Fail($"{modelFile.FullName}: not a readable action-line model ({e.Message})");
                }
            }

            var report = new ClassifierEvaluation(labeller).Evaluate(selected);
            Console.WriteLine($"part: {parseResult.GetValue(part)}, {selected.Count} paragraphs from {paths.Count} file(s)");
            Console.WriteLine(EvaluationReportRenderer.ToText(report, parseResult.GetValue(misses)));
            Console.WriteLine(EvaluationReportRenderer.Summary(report));
            return 0;
        }
    }
}
