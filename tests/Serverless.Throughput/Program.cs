using System.CommandLine;
using Serverless.Local.Hosting;
using Serverless.Throughput;

// dotnet run -c Release --project tests/Serverless.Throughput -- compile | pipeline [--copies N] | hostile
var results = Path.Combine(RepositoryPaths.Root, "tests", "Serverless.Throughput", "results");
Directory.CreateDirectory(results);

var compile = new Command("compile", "Time the yearly compile against the year's size.");
compile.SetAction(_ => CompileThroughput.RunAsync(Path.Combine(results, "compile.md")));

var copies = new Option<int>("--copies") { Description = "Copies of each source document.", DefaultValueFactory = _ => 20 };
var pipeline = new Command("pipeline", "Measure documents per hour through the local host.") { copies };
pipeline.SetAction(parseResult => PipelineThroughput.RunAsync(Path.Combine(results, "pipeline.md"), parseResult.GetValue(copies)));

var hostile = new Command("hostile", "Time and peak memory of the host on resource bombs and the hostile-input suite.");
hostile.SetAction(_ => HostileThroughput.RunAsync(Path.Combine(results, "hostile.md")));

return await new RootCommand("Throughput harnesses of the WSIS platform.") { compile, pipeline, hostile }.Parse(args).InvokeAsync();
