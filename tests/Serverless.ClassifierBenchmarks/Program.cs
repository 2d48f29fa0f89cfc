using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using Serverless.ClassifierBenchmarks;
using Serverless.Shared.Classification;

// BenchmarkDotNet:  dotnet run -c Release --project tests/Serverless.ClassifierBenchmarks -- --filter '*' --affinity 1
// CPU-time check:   dotnet run -c Release --project tests/Serverless.ClassifierBenchmarks -- --throughput 200000
// Start-up:         dotnet run -c Release --project tests/Serverless.ClassifierBenchmarks -- --startup
// The second counts this process's processor time, not wall time, so it stays meaningful on a shared,
// busy machine where BenchmarkDotNet's wall-clock figures swing with the other load.
if (args.Length == 1 && args[0] == "--startup")
{
    // What a cold worker pays before its first paragraph: the taxonomy and language files read and checked, the
    // matchers and patterns built, the first classification JIT-compiled.
    var started = Stopwatch.StartNew();
    var classifier = new TaxonomyClassifier(Taxonomy.LoadEmbedded());
    var built = started.Elapsed;
    classifier.Classify(new ClassificationRequest(BenchmarkParagraphs.Texts[0]));
    Console.WriteLine(FormattableString.Invariant(
        $"classifier built in {built.TotalMilliseconds:N0} ms, first paragraph classified after {started.Elapsed.TotalMilliseconds:N0} ms"));
    return;
}

if (args.Length == 2 && args[0] == "--throughput")
{
    var count = int.Parse(args[1], CultureInfo.InvariantCulture);

    // With the issuing body, as the pipeline classifies (the first figure, comparable with earlier reports); then the
    // text alone, as a bare ./wsis classify call sends it, without and with the body guess that then reads every one.
    Measure(new ClassifierBenchmarks { Paragraphs = count }, "with the issuing body");
    Measure(new ClassifierBenchmarks { Paragraphs = count, TextAlone = true, BodyGuess = false }, "text alone, no body guess");
    Measure(new ClassifierBenchmarks { Paragraphs = count, TextAlone = true }, "text alone, with the body guess");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ClassifierBenchmarks).Assembly).Run(args);

static void Measure(ClassifierBenchmarks bench, string what)
{
    var count = bench.Paragraphs;
    bench.Setup();
    Console.WriteLine(FormattableString.Invariant($"{what}: classifier loaded (taxonomy and models) in {bench.LoadTime.TotalMilliseconds:N0} ms{(what.StartsWith("with the issuing", StringComparison.Ordinal) ? ", cold" : "")}"));
    for (var warmUp = 0; warmUp < 3; warmUp++)
    {
        // Let tiered compilation promote the hot methods before measuring.
        bench.ClassifyBatch();
        Thread.Sleep(300);
    }

    var process = Process.GetCurrentProcess();
    var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
    var cpuBefore = process.TotalProcessorTime;
    var wall = Stopwatch.StartNew();
    bench.ClassifyBatch();
    wall.Stop();
    process.Refresh();
    var cpu = process.TotalProcessorTime - cpuBefore;
    var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
    Console.WriteLine(FormattableString.Invariant(
        $"{what}: {count} paragraphs: {count / cpu.TotalSeconds:N0} paragraphs per CPU-second, {count / wall.Elapsed.TotalSeconds:N0} per wall-second, {allocated / (double)count:N0} bytes allocated per paragraph, working set {Environment.WorkingSet / 1048576} MB"));
}
