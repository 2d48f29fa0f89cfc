using System.Diagnostics;
using System.Reflection;

namespace Serverless.InfraTests;

/// <summary>
/// The Bicep CLI from the NuGet package Azure.Bicep.CommandLine.linux-x64 (a self-contained executable under
/// tools/). The package folder is recorded in this assembly at build time (GeneratePathProperty); the file is
/// made executable here because package extraction does not always keep the mode bits.
/// </summary>
public static class BicepCli
{
    private const string PackagePathKey = "BicepPackagePath";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);
    private static readonly Lazy<string> ExecutablePath = new(Locate);

    public static string Executable => ExecutablePath.Value;

    /// <summary>Runs <c>bicep</c> with the arguments in the repository root; returns exit code, stdout and stderr.</summary>
    public static BicepResult Run(params string[] arguments) => RunIn(RepositoryPaths.Root, arguments);

    public static BicepResult RunIn(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // No telemetry, no first-run banner, and no attempt to reach a registry from a test.
        start.Environment["BICEP_TELEMETRY_ENABLED"] = "false";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Executable}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', arguments)} did not finish within {Timeout}.");
        }

        return new BicepResult(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    private static string Locate()
    {
        var packagePath = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == PackagePathKey)?.Value;
        if (string.IsNullOrWhiteSpace(packagePath))
        {
            throw new InvalidOperationException(
                "The Bicep CLI package path was not recorded at build time: restore tests/Serverless.InfraTests " +
                "(package Azure.Bicep.CommandLine.linux-x64).");
        }

        var executable = Path.Combine(packagePath, "tools", OperatingSystem.IsWindows() ? "bicep.exe" : "bicep");
        if (!File.Exists(executable))
        {
            throw new FileNotFoundException($"No Bicep CLI at {executable}: the package holds a linux-x64 build only.", executable);
        }

        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(executable);
            const UnixFileMode execute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
            if ((mode & UnixFileMode.UserExecute) == 0)
            {
                File.SetUnixFileMode(executable, mode | execute);
            }
        }

        return executable;
    }
}

/// <summary>What one run of the Bicep CLI printed.</summary>
public sealed record BicepResult(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Diagnostic lines (<c>file(line,col) : Warning|Error code: message</c>) printed on stderr.</summary>
    public IReadOnlyList<string> Diagnostics =>
        StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => line.Contains(" : Warning ", StringComparison.Ordinal)
                || line.Contains(" : Error ", StringComparison.Ordinal)
                || line.Contains(" : Info ", StringComparison.Ordinal))
            .ToArray();

    public string Describe() => $"exit {ExitCode}{Environment.NewLine}{StandardError}";
}
