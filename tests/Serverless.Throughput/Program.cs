using System.CommandLine;
using Serverless.Local.Hosting;
using Serverless.Throughput;

// dotnet run -c Release --project tests/Serverless.Throughput -- compile | pipeline [--copies N] | hostile | hostile-files DIR
//   | backfill [--documents N] [--batch N] [--idle SECONDS] | latency [--rounds N]
var results = Path.Combine(RepositoryPaths.Root, "tests", "Serverless.Throughput", "results");
Directory.CreateDirectory(results);

var compile = new Command("compile", "Time the yearly compile against the year's size.");
compile.SetAction(_ => CompileThroughput.RunAsync(Path.Combine(results, "compile.md")));

var copies = new Option<int>("--copies") { Description = "Copies of each source document.", DefaultValueFactory = _ => 20 };
var pipeline = new Command("pipeline", "Measure documents per hour through the local host.") { copies };
pipeline.SetAction(parseResult => PipelineThroughput.RunAsync(Path.Combine(results, "pipeline.md"), parseResult.GetValue(copies)));

var hostile = new Command("hostile", "Time and peak memory of the host on resource bombs and the hostile-input suite.");
hostile.SetAction(_ => HostileThroughput.RunAsync(Path.Combine(results, "hostile.md")));

// The crafted files written to a folder, to read one at a time (./wsis segment FILE --stats, under /usr/bin/time).
var folder = new Argument<string>("folder") { Description = "Folder to write the crafted files into." };
var hostileFiles = new Command("hostile-files", "Write the crafted files of the hostile-input suites to a folder.") { folder };
hostileFiles.SetAction(parseResult =>
{
    var target = Directory.CreateDirectory(parseResult.GetValue(folder)!).FullName;
    foreach (var file in Serverless.IntegrationTests.Hostile.HostileFiles.All("hostile-files"))
    {
        File.WriteAllBytes(Path.Combine(target, file.FileName), file.Build());
        Console.WriteLine($"{file.FileName}\t{file.Label}");
    }
});

var documents = new Option<int>("--documents") { Description = "Documents to back-fill.", DefaultValueFactory = _ => 2000 };
var batch = new Option<int>("--batch") { Description = "Documents per batch.", DefaultValueFactory = _ => 200 };
var idle = new Option<int>("--idle") { Description = "Seconds of idle before the worker's memory is taken again.", DefaultValueFactory = _ => 60 };
var backfill = new Command("backfill", "Back-fill generated documents of every format in batches: rate, storage requests and worker memory per batch.") { documents, batch, idle };
backfill.SetAction(parseResult => BackfillThroughput.RunAsync(
    Path.Combine(results, "backfill.md"), parseResult.GetValue(documents), parseResult.GetValue(batch), parseResult.GetValue(idle)));

var rounds = new Option<int>("--rounds") { Description = "Rounds measured after the warm-up round.", DefaultValueFactory = _ => 5 };
var latency = new Command("latency", "Time one upload to Classified and five corpus documents to their compiled summary on a warm, idle host.") { rounds };
latency.SetAction(parseResult => LatencyThroughput.RunAsync(Path.Combine(results, "latency.md"), parseResult.GetValue(rounds)));

return await new RootCommand("Throughput harnesses of the WSIS platform.") { compile, pipeline, hostile, hostileFiles, backfill, latency }.Parse(args).InvokeAsync();
