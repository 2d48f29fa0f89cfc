using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;

namespace Serverless.Benchmarks;

/// <summary>
/// Runs the benchmark process as a warm Functions worker runs. One attribute, because BenchmarkDotNet replaces a
/// job's environment variables with those of the last mutator applied.
/// <list type="bullet">
/// <item>The garbage collector as <c>Serverless.Functions.csproj</c> configures it: workstation, not concurrent, and
/// arrays up to 4 MB kept out of the large object heap (<c>System.GC.LOHThreshold</c>, here as
/// <c>DOTNET_GCLOHThreshold</c>).</item>
/// <item>Tiered compilation off, so that what is timed is optimised code from the first iteration on. With tiering on
/// and one processor, the runtime multiplies its call-counting delay by ten (<c>TC_DelaySingleProcMultiplier</c>) and
/// restarts it whenever new code is jitted, so methods are promoted in bursts about a second apart; a parse of 1 MB
/// calls its loops once, so they stayed at tier 0 / OSR for a few hundred parses, and the short job (3 warm-up
/// iterations) timed that start-up phase, not the pipeline. Timed in-process on one core, the tiered steady state
/// (reached after about 400 parses of the Markdown-like text) was as fast as this setting or faster (dynamic PGO),
/// so the figures measured with it are, if anything, low.</item>
/// </list>
/// Applied as a job mutator so that it also holds for jobs given on the command line (<c>--job short</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class WorkerRuntimeAttribute() : JobMutatorConfigBaseAttribute(
    Job.Default
        .WithGcServer(false)
        .WithGcConcurrent(false)
        .WithEnvironmentVariables(
            new EnvironmentVariable("DOTNET_TieredCompilation", "0"),
            new EnvironmentVariable("DOTNET_GCLOHThreshold", "0x400000"),
            new EnvironmentVariable("DOTNET_GCgen0size", "0x8000000")));
