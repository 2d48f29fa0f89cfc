namespace Serverless.Shared.Reading;

/// <summary>
/// Measures how deep an HTML document's elements nest before it is parsed, in one pass over the text, and refuses one
/// deeper than <see cref="ReadingLimits.MaxHtmlDepth"/>. The parser's tree building costs grow faster than the depth
/// (25,000 levels took 2.4 s, 50,000 7.2 s, 100,000 61 s), and no contribution nests more than a few dozen levels.
/// Elements that close themselves or that the next sibling closes (<c>br</c>, <c>img</c>, <c>p</c>, <c>li</c>,
/// <c>td</c>...) do not count, so unclosed paragraphs and list items are not mistaken for depth. It also counts the
/// elements, and refuses more than <see cref="ReadingLimits.MaxHtmlElements"/>: the parser holds about a kilobyte for each
/// (45 MB of paragraphs on one line, 520,000 elements, took the worker to 900 MB).
/// </summary>
internal static class HtmlNestingGuard
{
    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        // Void elements.
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        // Closed by a sibling or their parent's end when left open.
        "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup", "rb", "rt", "rp", "colgroup",
        "caption", "html", "head", "body",
    };

    public static void Check(string html, CancellationToken cancellationToken)
    {
        var depth = 0;
        var elements = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            if ((i & 0xFFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var closing = html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                // A comment, a doctype or a stray '<' in text.
                i++;
                continue;
            }

            var tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0)
            {
                return;
            }

            if (!closing && ++elements > ReadingLimits.MaxHtmlElements)
            {
                throw new UnreadableDocumentException(
                    $"The HTML has more than {ReadingLimits.MaxHtmlElements:N0} elements (a long report has some tens of thousands), more than the platform " +
                    "can hold in memory for one document; it was not read. Split it, or upload its text.");
            }

            var name = html.AsSpan(nameStart, nameEnd - nameStart).ToString();
            if (!NotNesting.Contains(name))
            {
                if (closing)
                {
                    depth = Math.Max(0, depth - 1);
                }
                else if (html[tagEnd - 1] != '/' && ++depth > ReadingLimits.MaxHtmlDepth)
                {
                    throw TooDeep();
                }
            }

            i = tagEnd + 1;
        }
    }

    /// <summary>The refusal of a page nested deeper than <see cref="ReadingLimits.MaxHtmlDepth"/>, as it is written or as it is drawn.</summary>
    public static UnreadableDocumentException TooDeep() =>
        new($"The HTML nests its elements more than {ReadingLimits.MaxHtmlDepth:N0} levels deep; it was not read. Save the page again, or upload its text.");
}
