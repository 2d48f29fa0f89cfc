using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;

namespace Serverless.Benchmarks;

/// <summary>
/// Runs the benchmark process with tiered compilation off, so that what is timed is the optimised code a warm worker
/// runs, from the first iteration on. With tiering on and the process pinned to one core, the runtime promotes
/// methods in bursts about a second apart (its call-counting delay is multiplied on a single processor and restarts
/// whenever new code is jitted); a parse of 1 MB calls its loops once, so the hot loops stay at tier 0 / OSR for the
/// first hundred parses or so, and the short job (3 warm-up iterations) timed that start-up phase, not the pipeline.
/// Timed in-process over 250 parses on one core, the tiered steady state and this setting gave the same median.
/// Applied as a job mutator so that it also holds for jobs given on the command line (<c>--job short</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SteadyStateJitAttribute() : JobMutatorConfigBaseAttribute(
    Job.Default.WithEnvironmentVariable("DOTNET_TieredCompilation", "0"));
