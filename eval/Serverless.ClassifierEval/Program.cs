using Serverless.Shared.Classification;
using Serverless.Shared.Classification.Evaluation;

// Usage: dotnet run --project eval/Serverless.ClassifierEval -- [--part tuning|held-out|all] [--misses] [--corpus DIR] [FILE...]
// With no FILE, reads every eval/*.jsonl. The corpus defaults to ../shared/corpus beside the repository (or WSIS_CORPUS).
var part = "all";
var misses = false;
var explain = false;
string? corpus = Environment.GetEnvironmentVariable("WSIS_CORPUS");
var files = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--part": part = args[++i]; break;
        case "--misses": misses = true; break;
        case "--explain": explain = true; break;
        case "--corpus": corpus = args[++i]; break;
        default: files.Add(args[i]); break;
    }
}

var root = FindRoot();
if (files.Count == 0)
{
    files.AddRange(Directory.GetFiles(Path.Combine(root, "eval"), "*.jsonl").Order(StringComparer.Ordinal));
}

corpus ??= Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus"));
var resolver = Directory.Exists(corpus) ? new CorpusParagraphResolver(corpus) : null;
var items = new List<LabelledParagraph>();
foreach (var file in files)
{
    var set = LabelledSetReader.ReadFile(file, resolver);
    items.AddRange(set.Items);
    foreach (var skipped in set.Skipped)
    {
        Console.Error.WriteLine($"skipped {skipped}");
    }
}

var selected = EvaluationSplit.Select(items, part).ToList();
var report = new ClassifierEvaluation(new TaxonomyClassifier(Taxonomy.LoadEmbedded())).Evaluate(selected);
Console.WriteLine($"part: {part}, {selected.Count} paragraphs from {files.Count} file(s)");
Console.WriteLine(EvaluationReportRenderer.ToText(report, misses));
Console.WriteLine(EvaluationReportRenderer.Summary(report));
if (explain)
{
    // Reading errors is for the tuning part only: the held-out part stays unseen.
    var classifier = new TaxonomyClassifier(Taxonomy.LoadEmbedded());
    var byId = selected.ToDictionary(i => i.Id);
    foreach (var miss in report.Languages.SelectMany(l => l.Misses))
    {
        var item = byId[miss.Id];
        var labels = classifier.Classify(item.ToRequest());
        Console.WriteLine($"--- {miss.Id} gold [{string.Join(',', item.ActionLines)}] bodies [{string.Join(',', item.RequestingBodies ?? [])}]");
        Console.WriteLine(item.Text.Length > 400 ? item.Text[..400] + "..." : item.Text);
        foreach (var line in labels.ActionLines)
        {
            Console.WriteLine($"    {line.Code} {line.Score}: {string.Join(" | ", line.Evidence)}");
        }

        Console.WriteLine($"    bodies [{string.Join(',', labels.RequestingBodies)}]");
    }
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Serverless.sln")))
        {
            return dir.FullName;
        }
    }

    return Directory.GetCurrentDirectory();
}
