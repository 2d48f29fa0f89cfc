using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;

namespace Serverless.Benchmarks;

/// <summary>
/// Runs the benchmark process as a warm Functions worker runs. One attribute, because BenchmarkDotNet replaces a
/// job's environment variables with those of the last mutator applied.
/// <list type="bullet">
/// <item>The garbage collector as the worker is configured: workstation, not concurrent, arrays up to 4 MB kept out of
/// the large object heap (<c>System.GC.LOHThreshold</c> in <c>Serverless.Functions.csproj</c>, here as
/// <c>DOTNET_GCLOHThreshold</c>) and a 128 MB first generation (the app setting <c>DOTNET_GCgen0size</c>).</item>
/// <item>The JIT as the worker runs it once warm: tiered compilation with dynamic PGO, the .NET default. With one
/// processor the runtime multiplies its call-counting delay by ten (<c>TC_DelaySingleProcMultiplier</c>) and restarts
/// it whenever new code is jitted, so a parse's methods reached their optimised tier only after a few hundred parses,
/// long after a short job's warm-up; <c>DOTNET_TC_CallCountingDelayMs=0</c> removes that delay so that the ten warm-up
/// iterations reach the steady state a worker reaches after its first seconds. Until 2026-11-26 the job ran with
/// tiered compilation off instead (optimised code without profile data), which timed Markdown parses about 15 %
/// slower than this steady state in-process.</item>
/// </list>
/// Applied as a job mutator so that it also holds for jobs given on the command line (<c>--job short</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class WorkerRuntimeAttribute() : JobMutatorConfigBaseAttribute(
    Job.Default
        .WithWarmupCount(10)
        .WithGcServer(false)
        .WithGcConcurrent(false)
        .WithEnvironmentVariables(
            new EnvironmentVariable("DOTNET_TC_CallCountingDelayMs", "0"),
            new EnvironmentVariable("DOTNET_GCLOHThreshold", "0x400000"),
            new EnvironmentVariable("DOTNET_GCgen0size", "0x8000000")));
