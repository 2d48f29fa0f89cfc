namespace Serverless.Shared.Classification.Model;

/// <summary>A model file's bytes, read whole before they are parsed.</summary>
/// <remarks>
/// Parsed from a stream, the serializer keeps each value it cannot read piecewise whole in its buffer and scans it again
/// every time the buffer grows: for the 9 MB action-line model that was a fifth of <c>./wsis classify</c>'s start-up.
/// Parsed from memory, each byte is read once.
/// </remarks>
internal static class ModelJson
{
    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>The stream's bytes, without a UTF-8 byte order mark (which a stream's parse skips too).</summary>
    public static ReadOnlySpan<byte> ReadAll(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        // Not disposed: the span returned reads its buffer (a memory stream holds nothing else to release).
        var memory = json.CanSeek ? new MemoryStream(checked((int)(json.Length - json.Position))) : new MemoryStream();
        json.CopyTo(memory);
        var bytes = memory.GetBuffer().AsSpan(0, (int)memory.Length);
        return bytes.StartsWith(ByteOrderMark) ? bytes[ByteOrderMark.Length..] : bytes;
    }
}
