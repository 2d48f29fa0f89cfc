using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Serverless.ClassifierBenchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Serverless.ClassifierBenchmarks.ClassifierBenchmarks).Assembly).Run(args);
