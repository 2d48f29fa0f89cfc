using System.Text;

namespace Serverless.Local.Cli;

/// <summary>
/// Standard output for commands that print many lines: UTF-8 without a byte order mark through a 64 KB buffer,
/// flushed when full or at the end, never per line (a write to a pipe per line cost more than the work itself).
/// </summary>
internal static class CliStreams
{
    public const int BufferSize = 1 << 16;

    public static StreamWriter StandardOutput() =>
        new(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), BufferSize) { AutoFlush = false };
}
