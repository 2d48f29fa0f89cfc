namespace Serverless.Shared.Documents;

/// <summary>Reads an incoming document without trusting its declared length.</summary>
public static class BoundedRead
{
    /// <summary>The whole stream, or null as soon as it passes <paramref name="limit"/> bytes (so an oversized body is never held whole).</summary>
    public static async Task<byte[]?> ReadAtMostAsync(Stream stream, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
