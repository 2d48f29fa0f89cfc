namespace Serverless.Shared.Segmentation;

/// <summary>
/// An ATX heading line (<c>## Title</c>, <c>### Title ###</c>): one to six <c>#</c>, white space, the title, and
/// optionally white space and closing <c>#</c>. Read with a span scan rather than the regex
/// <c>^(#{1,6})\s+(.+?)\s*#*$</c> it replaces, with the same result: the lazy title made that regex try the closing
/// part at every character, which cost more than the rest of the Markdown-like layout on a report with many headings.
/// </summary>
internal static class MarkdownHeading
{
    /// <param name="line">A line without line breaks, trimmed.</param>
    public static bool TryParse(string line, out int level, out string text)
    {
        level = 0;
        text = string.Empty;
        var span = line.AsSpan();
        var hashes = span.IndexOfAnyExcept('#');
        if (hashes is < 1 or > 6 || !char.IsWhiteSpace(span[hashes]))
        {
            return false;
        }

        var start = hashes;
        while (start < span.Length && char.IsWhiteSpace(span[start]))
        {
            start++;
        }

        if (start == span.Length)
        {
            return false;
        }

        // The title ends before the closing sequence: trailing '#', then the white space before them; it keeps at
        // least one character ("## #" is the heading "#").
        var end = span.Length;
        while (end > start && span[end - 1] == '#')
        {
            end--;
        }

        while (end > start && char.IsWhiteSpace(span[end - 1]))
        {
            end--;
        }

        level = hashes;
        text = line.Substring(start, Math.Max(end, start + 1) - start);
        return true;
    }
}
