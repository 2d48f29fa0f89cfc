namespace Serverless.Shared.Reading;

/// <summary>
/// The raw HTML tags of a Markdown file that open content a browser does not show: an element the HTML reader never
/// reads (<see cref="HtmlUnreadElements"/>: a template, a text area, an SVG drawing...) or one hidden on the element
/// itself (<c>hidden</c>, <c>display: none</c>, a closed dialog: <see cref="HtmlHiddenElement"/>). Markdown renders as
/// HTML, so the words inside are no more the document's there than in a page; they were read. Only the tag's own text
/// is looked at: a scan of its name and attributes, no parser.
/// </summary>
internal static class MarkdownHiddenHtml
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
        { "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr" };

    /// <summary>
    /// The name of the element <paramref name="tag"/> opens when what it holds is not shown; null for any other
    /// tag, an end tag, a tag that closes itself (<c>&lt;x/&gt;</c>) and an element that holds nothing (<c>&lt;img&gt;</c>).
    /// </summary>
    public static string? HiddenElementOpenedBy(ReadOnlySpan<char> tag)
    {
        var nameLength = NameLength(tag);
        if (nameLength == 0 || tag.TrimEnd().EndsWith("/>", StringComparison.Ordinal))
        {
            return null;
        }

        var name = tag.Slice(1, nameLength).ToString();
        if (VoidElements.Contains(name))
        {
            return null;
        }

        if (HtmlUnreadElements.Contains(name))
        {
            return name;
        }

        var attributes = Attributes(tag[(1 + nameLength)..]);
        return HtmlHiddenElement.IsHidden(name, a => attributes.GetValueOrDefault(a)) ? name : null;
    }

    /// <summary>+1 when the markup starting at <paramref name="markup"/> opens the element <paramref name="name"/>, -1 when it closes it, else 0.</summary>
    public static int Nesting(ReadOnlySpan<char> markup, string name)
    {
        var closes = markup.Length > 1 && markup[1] == '/';
        var rest = markup[(closes ? 2 : 1)..];
        if (!rest.StartsWith(name, StringComparison.OrdinalIgnoreCase) ||
            rest.Length > name.Length && !(char.IsWhiteSpace(rest[name.Length]) || rest[name.Length] is '>' or '/'))
        {
            return 0;
        }

        return closes ? -1 : 1;
    }

    /// <summary>The length of the element name after <c>&lt;</c>; 0 when the markup is no start tag.</summary>
    private static int NameLength(ReadOnlySpan<char> tag)
    {
        if (tag.Length < 2 || tag[0] != '<' || !char.IsAsciiLetter(tag[1]))
        {
            return 0;
        }

        var length = 1;
        while (1 + length < tag.Length && (char.IsAsciiLetterOrDigit(tag[1 + length]) || tag[1 + length] == '-'))
        {
            length++;
        }

        return length;
    }

    /// <summary>The attributes after the name, each by its first occurrence as a browser takes them; a bare one has "".</summary>
    private static Dictionary<string, string> Attributes(ReadOnlySpan<char> rest)
    {
        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var at = 0;
        while (at < rest.Length)
        {
            while (at < rest.Length && (char.IsWhiteSpace(rest[at]) || rest[at] == '/'))
            {
                at++;
            }

            var start = at;
            while (at < rest.Length && !char.IsWhiteSpace(rest[at]) && rest[at] is not ('=' or '>' or '/'))
            {
                at++;
            }

            if (at == start)
            {
                break; // '>' or the end
            }

            var name = rest[start..at].ToString();
            var value = "";
            var equals = at;
            while (equals < rest.Length && char.IsWhiteSpace(rest[equals]))
            {
                equals++;
            }

            if (equals < rest.Length && rest[equals] == '=')
            {
                at = equals + 1;
                while (at < rest.Length && char.IsWhiteSpace(rest[at]))
                {
                    at++;
                }

                if (at < rest.Length && rest[at] is '"' or '\'')
                {
                    var quote = rest[at];
                    var close = rest[(at + 1)..].IndexOf(quote);
                    var end = close < 0 ? rest.Length : at + 1 + close;
                    value = rest[(at + 1)..end].ToString();
                    at = Math.Min(rest.Length, end + 1);
                }
                else
                {
                    var valueStart = at;
                    while (at < rest.Length && !char.IsWhiteSpace(rest[at]) && rest[at] != '>')
                    {
                        at++;
                    }

                    value = rest[valueStart..at].ToString();
                }
            }

            attributes.TryAdd(name, System.Net.WebUtility.HtmlDecode(value));
        }

        return attributes;
    }
}
