using System.Diagnostics;
using System.Text;

namespace Serverless.Local.Hosting;

/// <summary>
/// Runs the pinned Azurite (infra/azurite) as a child process on loopback, with telemetry off, and stops
/// it (with its process tree) on dispose or when this process exits, so it is never left running.
/// </summary>
public sealed class AzuriteServer : IAsyncDisposable
{
    /// <summary>Azurite's published development account key (not a secret: it is the same everywhere).</summary>
    private const string DevelopmentKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly Process _process;
    private readonly StringBuilder _output;

    private AzuriteServer(Process process, StringBuilder output, int blobPort, int queuePort, int tablePort)
    {
        _process = process;
        _output = output;
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop();
    }

    /// <summary>The emulator's process (node), for tests that stop it the hard way.</summary>
    public int ProcessId => _process.Id;

    public int BlobPort { get; }
    public int QueuePort { get; }
    public int TablePort { get; }

    /// <summary>A connection string for the development account, usable by any Azure SDK or Storage Explorer.</summary>
    public string ConnectionString =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        $"AccountKey={DevelopmentKey};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/devstoreaccount1;" +
        $"QueueEndpoint=http://127.0.0.1:{QueuePort}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{TablePort}/devstoreaccount1;";

    public static async Task<AzuriteServer> StartAsync(AzuriteOptions options, CancellationToken cancellationToken = default)
    {
        var script = Path.Combine(options.PackageFolder, "run-azurite.js");
        if (!File.Exists(Path.Combine(options.PackageFolder, "node_modules", "azurite", "dist", "src", "azurite.js")))
        {
            throw new InvalidOperationException(
                $"Azurite is not installed in {options.PackageFolder}. Run ./wsis (it installs it) or 'npm ci' in that folder.");
        }

        var (blob, queue, table) = ChoosePorts(options.PreferredPorts);
        var start = new ProcessStartInfo("node")
        {
            // Our end of its stdin: when this process goes, however it goes, the emulator sees stdin close and exits.
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = options.PackageFolder,
        };
        foreach (var argument in Arguments(script, blob, queue, table, options.DataFolder, options.DebugLogPath))
        {
            start.ArgumentList.Add(argument);
        }

        var output = new StringBuilder();
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node for Azurite.");
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = new AzuriteServer(process, output, blob, queue, table);
        await server.WaitUntilListeningAsync(options.StartTimeout, cancellationToken);
        return server;
    }

    private static IEnumerable<string> Arguments(string script, int blob, int queue, int table, string? dataFolder, string? debugLog)
    {
        yield return script;
        foreach (var (service, port) in new[] { ("blob", blob), ("queue", queue), ("table", table) })
        {
            yield return $"--{service}Host";
            yield return "127.0.0.1";
            yield return $"--{service}Port";
            yield return port.ToString();
        }

        yield return "--disableTelemetry";
        yield return "--skipApiVersionCheck";
        yield return "--loose";
        if (dataFolder is null)
        {
            yield return "--inMemoryPersistence";
        }
        else
        {
            Directory.CreateDirectory(dataFolder);
            yield return "--location";
            yield return dataFolder;
        }

        if (debugLog is not null)
        {
            yield return "--debug";
            yield return debugLog;
        }
    }

    private static (int, int, int) ChoosePorts((int Blob, int Queue, int Table)? preferred)
    {
        if (preferred is { } p && FreePorts.IsFree(p.Blob) && FreePorts.IsFree(p.Queue) && FreePorts.IsFree(p.Table))
        {
            return (p.Blob, p.Queue, p.Table);
        }

        var ports = new HashSet<int>();
        while (ports.Count < 3)
        {
            ports.Add(FreePorts.Next());
        }

        var list = ports.ToArray();
        return (list[0], list[1], list[2]);
    }

    private async Task WaitUntilListeningAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Azurite stopped at start (exit code {_process.ExitCode}): {Output}");
            }

            if (await FreePorts.AcceptsConnectionsAsync(BlobPort, cancellationToken) &&
                await FreePorts.AcceptsConnectionsAsync(QueuePort, cancellationToken) &&
                await FreePorts.AcceptsConnectionsAsync(TablePort, cancellationToken))
            {
                return;
            }

            await Task.Delay(100, cancellationToken);
        }

        Stop();
        throw new TimeoutException($"Azurite did not listen within {timeout.TotalSeconds:0} s: {Output}");
    }

    private string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString().Trim();
            }
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            if (output.Length < 16_000)
            {
                output.AppendLine(line);
            }
        }
    }

    private void Stop()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }
}
