using System.Diagnostics;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Serverless.Benchmarks;

/// <summary>
/// Peak resident memory of a benchmark process while it runs one case, which BenchmarkDotNet does not measure (its
/// memory diagnoser counts allocated bytes). Each case runs in a process of its own: <see cref="Start"/> (in the
/// global setup, once the input is built and before the first parse) resets the kernel's high-water mark, and
/// <see cref="Record"/> (global clean-up) writes the peak and the resident size at the start to a file that
/// <see cref="Column"/> reads back in the host process when it renders the summary.
/// </summary>
public static class PeakMemory
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "serverless-benchmarks", "peak-memory");
    private static long _residentAtStart;

    /// <summary>Removes the figures of an earlier run, so that a case that did not run shows nothing.</summary>
    public static void ClearRecords()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    public static void Start()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        // Linux: writing 5 to clear_refs resets VmHWM to the current resident size (kernel 4.0 and later).
        TryWrite("/proc/self/clear_refs", "5");
        _residentAtStart = ReadStatus("VmRSS:") ?? Process.GetCurrentProcess().WorkingSet64;
    }

    public static void Record(string key)
    {
        var peak = ReadStatus("VmHWM:") ?? Process.GetCurrentProcess().PeakWorkingSet64;
        Directory.CreateDirectory(Folder);
        File.WriteAllText(Path.Combine(Folder, key + ".txt"), $"{peak} {_residentAtStart}");
    }

    public static string KeyOf(string benchmark, string format) => $"{benchmark}-{format}";

    private static long? ReadStatus(string field)
    {
        try
        {
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
            return line is null ? null : long.Parse(line[field.Length..].Trim().Split(' ')[0]) * 1024;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static void TryWrite(string path, string text)
    {
        try
        {
            File.WriteAllText(path, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not Linux, or not allowed: the peak then counts from the start of the process.
        }
    }

    /// <summary>"Peak RSS": the highest resident size while the case ran, and in brackets what parsing added to the size it had once the input was built.</summary>
    public sealed class Column : IColumn
    {
        public string Id => nameof(PeakMemory);
        public string ColumnName => "Peak RSS (added)";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Metric;
        public int PriorityInCategory => 0;
        public bool IsNumeric => false;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "Highest resident memory of the benchmark process while the case ran, and in brackets how much parsing raised it above the resident size once the input was built";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var format = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Format")?.Value?.ToString() ?? "-";
            var path = Path.Combine(Folder, KeyOf(benchmarkCase.Descriptor.Type.Name, format) + ".txt");
            if (!File.Exists(path))
            {
                return "?";
            }

            var parts = File.ReadAllText(path).Split(' ').Select(long.Parse).ToArray();
            return $"{parts[0] / 1048576.0:F0} MiB ({(parts[0] - parts[1]) / 1048576.0:F0})";
        }

        public bool IsAvailable(Summary summary) => true;
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}

/// <summary>Adds the <see cref="PeakMemory.Column"/> to a benchmark class's summary.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PeakMemoryColumnAttribute() : BenchmarkDotNet.Attributes.ColumnConfigBaseAttribute(new PeakMemory.Column());
