using Serverless.Shared.Classification;
using Serverless.Shared.Classification.Evaluation;

// Usage: dotnet run --project eval/Serverless.ClassifierEval -- [--part tuning|held-out|all] [--misses] [--corpus DIR] [FILE...]
// With no FILE, reads every eval/*.jsonl. The corpus defaults to ../shared/corpus beside the repository (or WSIS_CORPUS).
var part = "all";
var misses = false;
var options = new ClassifierOptions();
var grid = false;
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
        case "--min": options = options with { MinScore = double.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture) }; break;
        case "--ratio": options = options with { SecondaryRatio = double.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture) }; break;
        case "--secondary-min": options = options with { SecondaryMinScore = double.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture) }; break;
        case "--max-labels": options = options with { MaxLabels = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture) }; break;
        case "--section-weight": options = options with { SectionWeight = double.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture) }; break;
        case "--grid": grid = true; break;
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
var taxonomy = Taxonomy.LoadEmbedded();
if (grid)
{
    // Weight search: for the tuning part only.
    foreach (var key in new[] { 2.0, 2.5, 3.0, 4.0 })
    foreach (var min in new[] { 2.0, 2.5, 3.0 })
    foreach (var maxOccurrences in new[] { 1, 2, 3 })
    foreach (var secondaryMin in new[] { 3.0, 4.0, 5.0 })
    {
        var candidate = options with { KeyTermWeight = key, MinScore = min, MaxOccurrencesPerTerm = maxOccurrences, SecondaryMinScore = secondaryMin };
        var r = new ClassifierEvaluation(new TaxonomyClassifier(taxonomy, candidate)).Evaluate(selected);
        Console.WriteLine(FormattableString.Invariant($"key {key} min {min} occ {maxOccurrences} secmin {secondaryMin}: ") +
            string.Join("  ", r.Languages.Select(l => FormattableString.Invariant($"{l.Language} acc {l.PrimaryAccuracy:0.000} macro {l.ActionLines.MacroF1:0.000}"))));
    }

    return;
}

var report = new ClassifierEvaluation(new TaxonomyClassifier(taxonomy, options)).Evaluate(selected);
Console.WriteLine($"part: {part}, {selected.Count} paragraphs from {files.Count} file(s)");
Console.WriteLine(EvaluationReportRenderer.ToText(report, misses));
Console.WriteLine(EvaluationReportRenderer.Summary(report));
if (explain)
{
    // Reading errors is for the tuning part only: the held-out part stays unseen.
    var classifier = new TaxonomyClassifier(taxonomy, options);
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
