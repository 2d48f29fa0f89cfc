using System.Text;
using Markdig.Syntax.Inlines;

namespace Serverless.Shared.Reading;

/// <summary>
/// The plain text of a block's inline elements (literals, code, entities, autolinks, superscript tags), with white-space
/// runs collapsed to one space and the ends trimmed, as the layout rules expect. One instance per document: its
/// builder is reused from block to block, and the text is collapsed while it is written instead of in a second pass.
/// </summary>
internal sealed class MarkdownInlineText
{
    private readonly StringBuilder _text = new();
    private bool _pendingSpace;

    /// <summary>A soft line break came right after a hyphen or slash: a space is due only if the next word opens a new one.</summary>
    private bool _hyphenBreak;

    public string Of(ContainerInline? inline)
    {
        if (inline is null)
        {
            return string.Empty;
        }

        // Most paragraphs are one literal already in the expected form: copied once, not through the builder.
        if (inline.FirstChild is LiteralInline { NextSibling: null } only && only.GetType() == typeof(LiteralInline) &&
            IsCollapsed(only.Content.AsSpan()))
        {
            return only.Content.ToString();
        }

        _text.Clear();
        _pendingSpace = false;
        _hyphenBreak = false;
        Write(inline);
        return _text.ToString();
    }

    /// <summary>Non-empty, no white space at either end, and none inside but single plain spaces.</summary>
    private static bool IsCollapsed(ReadOnlySpan<char> chars) =>
        !chars.IsEmpty && chars[0] != ' ' && chars[^1] != ' ' &&
        !chars.ContainsAny(WhiteSpace.OtherThanSpace) && !chars.Contains("  ", StringComparison.Ordinal);

    /// <summary>
    /// Each element before its children, children in document order: the order of Markdig's <c>Descendants()</c>,
    /// without the two stacks that method allocates (and grows) on every call.
    /// </summary>
    private void Write(ContainerInline container)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            // Most children are literals: settled first, before the type tests below, each of which walks the
            // class hierarchy of Markdig's inline types when it misses.
            if (child is LiteralInline literal)
            {
                Append(literal.Content.AsSpan());
                continue;
            }

            if (child is HtmlInline opening && MarkdownHiddenHtml.HiddenElementOpenedBy(opening.Tag) is { } hidden)
            {
                // Raw HTML a browser does not show (<span hidden>...</span>): its words are skipped to its end tag.
                child = EndOfElement(opening, hidden);
                continue;
            }

            switch (child)
            {
                case CodeInline code:
                    Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    Append(entity.Transcoded.AsSpan());
                    break;
                case AutolinkInline autolink:
                    Append(autolink.Url);
                    break;
                case HtmlInline html when SuperscriptTag(html.Tag):
                    // Kept so that the layout rules see footnote calls (<sup>3</sup>) as in the other formats.
                    Append(html.Tag.Trim().ToLowerInvariant());
                    break;
                case LineBreakInline { IsHard: false } when _text.Length > 1 && WrappedLine.EndsInHyphen(_text[^1], _text[^2]) && !_pendingSpace:
                    // "capacity-" at a line's end: the next word joins it if it continues it (WrappedLine).
                    _hyphenBreak = true;
                    break;
                case LineBreakInline:
                    Append(" ");
                    break;
            }

            if (child is ContainerInline nested)
            {
                Write(nested);
            }
        }
    }

    /// <summary>The sibling that closes the element <paramref name="opening"/> opens, or the last one when none does.</summary>
    private static Inline EndOfElement(HtmlInline opening, string name)
    {
        var depth = 1;
        Inline last = opening;
        for (var sibling = opening.NextSibling; sibling is not null; sibling = sibling.NextSibling)
        {
            last = sibling;
            if (sibling is HtmlInline html && (depth += MarkdownHiddenHtml.Nesting(html.Tag.AsSpan(), name)) == 0)
            {
                break;
            }
        }

        return last;
    }

    /// <summary>Appends the words of the text; white space only marks that a space is due before the next word.</summary>
    private void Append(ReadOnlySpan<char> chars)
    {
        if (!chars.ContainsAny(WhiteSpace.OtherThanSpace) && !chars.Contains("  ", StringComparison.Ordinal))
        {
            AppendSingleSpaced(chars);
            return;
        }

        while (!chars.IsEmpty)
        {
            var space = chars.IndexOfAny(WhiteSpace.Any);
            var word = space < 0 ? chars : chars[..space];
            if (!word.IsEmpty)
            {
                SettleHyphenBreak(word);
                if (_pendingSpace)
                {
                    _text.Append(' ');
                    _pendingSpace = false;
                }

                _text.Append(word);
            }

            if (space < 0)
            {
                return;
            }

            _pendingSpace = _text.Length > 0;
            chars = chars[(space + 1)..];
        }
    }

    /// <summary>
    /// <see cref="Append"/> for text whose only white space is single plain spaces, as most literals are: the text
    /// between its first and last space is already collapsed and goes in at once, where the word loop searched
    /// for the next white space after every word.
    /// </summary>
    private void AppendSingleSpaced(ReadOnlySpan<char> chars)
    {
        if (chars.IsEmpty)
        {
            return;
        }

        if (chars[0] == ' ')
        {
            _pendingSpace = _text.Length > 0;
            chars = chars[1..];
            if (chars.IsEmpty)
            {
                return;
            }
        }

        var trailingSpace = chars[^1] == ' ';
        if (trailingSpace)
        {
            chars = chars[..^1];
        }

        SettleHyphenBreak(chars);
        if (_pendingSpace)
        {
            _text.Append(' ');
        }

        _text.Append(chars);
        _pendingSpace = trailingSpace;
    }

    /// <summary>After a soft break that followed a hyphen: the space the break stood for, unless <paramref name="next"/> continues the word.</summary>
    private void SettleHyphenBreak(ReadOnlySpan<char> next)
    {
        if (_hyphenBreak)
        {
            // Nothing was written since the break: the text still ends with the hyphen.
            var glue = WrappedLine.Glues(_text[^1], _text[^2], next);
            if (glue && WrappedLine.MayDivide(_text[^1], _text[^2], next))
            {
                _text.Append(PdfBodyAssembler.LineEndHyphen);
            }

            _pendingSpace |= !glue;
            _hyphenBreak = false;
        }
    }

    private static bool SuperscriptTag(string tag) =>
        tag.Trim() is { } t && (t.Equals("<sup>", StringComparison.OrdinalIgnoreCase) || t.Equals("</sup>", StringComparison.OrdinalIgnoreCase));
}
