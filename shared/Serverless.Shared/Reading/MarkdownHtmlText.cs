using System.Net;
using System.Text;

namespace Serverless.Shared.Reading;

/// <summary>
/// The text of a Markdown file's raw HTML block, as a person reading the rendered page sees it: tags, comments and
/// declarations left out, the contents of scripts and styles too, entities decoded. The block's lines used to be kept
/// as written, so <c>&lt;script&gt;alert(1)&lt;/script&gt;</c> or <c>&lt;div onclick="..."&gt;</c> became paragraphs
/// of the document, classified and quoted. What a browser does not show (<see cref="MarkdownHiddenHtml"/>) is left out
/// with its content. One forward pass and no parser: a tag left open ends the text there.
/// </summary>
internal static class MarkdownHtmlText
{
    public static string Of(string html)
    {
        var text = new StringBuilder(html.Length);
        var at = 0;
        while (at < html.Length)
        {
            var open = html.IndexOf('<', at);
            if (open < 0 || open + 1 >= html.Length)
            {
                text.Append(html, at, html.Length - at);
                break;
            }

            text.Append(html, at, open - at);
            var next = html[open + 1];
            if (!char.IsAsciiLetter(next) && next is not ('/' or '!' or '?'))
            {
                text.Append('<'); // "a < b" is text
                at = open + 1;
                continue;
            }

            var markup = html.AsSpan(open);
            var end = markup.StartsWith("<!--") ? "-->" : markup.StartsWith("<![CDATA[") ? "]]>" : ">";
            var close = html.IndexOf(end, open + 1, StringComparison.Ordinal);
            if (close < 0)
            {
                break;
            }

            at = close + end.Length;
            var codeEnd = IsElement(markup, "script") ? "</script" : IsElement(markup, "style") ? "</style" : null;
            if (codeEnd is not null)
            {
                // Code, not text: skipped to the element's end tag (or the block's end).
                var endTag = html.IndexOf(codeEnd, at, StringComparison.OrdinalIgnoreCase);
                var endClose = endTag < 0 ? -1 : html.IndexOf('>', endTag);
                at = endClose < 0 ? html.Length : endClose + 1;
            }
            else if (MarkdownHiddenHtml.HiddenElementOpenedBy(markup[..(at - open)]) is { } hidden)
            {
                at = EndOfElement(html, at, hidden);
            }

            if (!IsInline(markup))
            {
                text.Append(' '); // a block's end separates words; <b>, <a>, <sup> do not
            }
        }

        return string.Join(' ', WebUtility.HtmlDecode(text.ToString()).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// Where the element <paramref name="name"/> opened before <paramref name="from"/> ends: after its end tag, the same
    /// elements inside it counted (a hidden <c>div</c> holding others), or the block's end when it is left open.
    /// </summary>
    private static int EndOfElement(string html, int from, string name)
    {
        var depth = 1;
        for (var open = html.IndexOf('<', from); open >= 0; open = html.IndexOf('<', open + 1))
        {
            depth += MarkdownHiddenHtml.Nesting(html.AsSpan(open), name);
            if (depth == 0)
            {
                var close = html.IndexOf('>', open);
                return close < 0 ? html.Length : close + 1;
            }
        }

        return html.Length;
    }

    private static readonly HashSet<string> InlineElements = new(StringComparer.OrdinalIgnoreCase)
        { "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var" };

    /// <summary>Whether the tag is of an element inside a line of text (<c>&lt;b&gt;</c>, <c>&lt;/a&gt;</c>).</summary>
    private static bool IsInline(ReadOnlySpan<char> markup)
    {
        var name = markup[1] == '/' ? markup[2..] : markup[1..];
        var length = 0;
        while (length < name.Length && length < 10 && char.IsAsciiLetterOrDigit(name[length]))
        {
            length++;
        }

        return length > 0 && InlineElements.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name[..length]);
    }

    /// <summary>Whether the markup opens the element <paramref name="name"/> (<c>&lt;script&gt;</c>, <c>&lt;script src=...&gt;</c>).</summary>
    private static bool IsElement(ReadOnlySpan<char> markup, string name) =>
        markup.Length > name.Length + 1 && markup[1..].StartsWith(name, StringComparison.OrdinalIgnoreCase) &&
        markup[name.Length + 1] is '>' or '/' or ' ' or '\t' or '\n' or '\r';
}
