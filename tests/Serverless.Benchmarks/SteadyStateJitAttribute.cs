using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;

namespace Serverless.Benchmarks;

/// <summary>
/// Runs the benchmark process with tiered compilation off, so that what is timed is optimised code, as a warm worker
/// runs, from the first iteration on. With tiering on and one processor, the runtime multiplies its call-counting
/// delay by ten (<c>TC_DelaySingleProcMultiplier</c>) and restarts it whenever new code is jitted, so methods are
/// promoted in bursts about a second apart; a parse of 1 MB calls its loops once, so they stayed at tier 0 / OSR for
/// a few hundred parses, and the short job (3 warm-up iterations) timed that start-up phase, not the pipeline.
/// Timed in-process on one core, the tiered steady state (reached after about 400 parses of the Markdown-like text)
/// was as fast as this setting or faster (dynamic PGO), so the figures measured with it are, if anything, low.
/// Applied as a job mutator so that it also holds for jobs given on the command line (<c>--job short</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SteadyStateJitAttribute() : JobMutatorConfigBaseAttribute(
    Job.Default.WithEnvironmentVariable("DOTNET_TieredCompilation", "0"));
