using System.Buffers;
using System.Net;
using System.Text.RegularExpressions;
using Serverless.Shared.Reading;

namespace Serverless.Shared.Segmentation;

/// <summary>
/// Removes the inline artefacts that exports leave in text and keeps what they mean: Markdown emphasis and links
/// (<c>[70/1](#)</c> is <c>70/1</c>), Word bookmarks (<c>[bookmark: x]</c>), footnote calls
/// (<c>&lt;sup&gt;3&lt;/sup&gt;</c>, <c>[footnoteRef:3]</c>) which become <see cref="DraftParagraph.Calls"/>,
/// and footnote texts written inline by DOCX exports (<c>[3: text]</c>).
/// </summary>
internal static partial class InlineMarkup
{
    /// <summary>The characters every artefact below starts with or contains; text without any needs no regex.</summary>
    private static readonly SearchValues<char> MarkupChars = SearchValues.Create("[<*_\\&");

    /// <summary>Cleans the text from <paramref name="start"/> on (after a paragraph number), trimmed.</summary>
    /// <remarks>Most paragraphs hold no markup: their text is then copied once, already collapsed, instead of twice.</remarks>
    public static string Clean(string text, int start, List<string>? calls, List<(string Number, string Text)>? inlineNotes)
    {
        if (start == 0 || text.AsSpan(start).ContainsAny(MarkupChars))
        {
            return Clean(start == 0 ? text : text[start..].Trim(), calls, inlineNotes);
        }

        return Collapse(text.AsSpan(start).Trim(), text);
    }

    public static string Clean(string text, List<string>? calls = null, List<(string Number, string Text)>? inlineNotes = null)
    {
        // One vectorised scan instead of six searches: most paragraphs hold no markup at all.
        if (!text.AsSpan().ContainsAny(MarkupChars))
        {
            return Collapse(text);
        }

        if (text.Contains('['))
        {
            text = Bookmark().Replace(text, string.Empty);
            if (inlineNotes is not null)
            {
                text = InlineNote().Replace(text, m =>
                {
                    inlineNotes.Add((m.Groups["n"].Value, Collapse(m.Groups["text"].Value)));
                    return " ";
                });
            }

            text = FootnoteRef().Replace(text, m =>
            {
                calls?.Add(m.Groups["n"].Value);
                return string.Empty;
            });
            text = Link().Replace(text, "${label}");
        }

        if (text.Contains('<') && text.Contains("<sup>", StringComparison.OrdinalIgnoreCase))
        {
            text = SupCall().Replace(text, m =>
            {
                calls?.Add(m.Groups["n"].Value);
                return string.Empty;
            });
            text = Sup().Replace(text, "${inner}");
        }

        if (text.Contains('*') || text.Contains("__", StringComparison.Ordinal))
        {
            text = Emphasis().Replace(text, "${inner}");
            text = text.Replace("**", string.Empty, StringComparison.Ordinal);
        }

        if (text.Contains('\\'))
        {
            text = MarkdownEscape().Replace(text, "${c}");
        }

        if (text.Contains('&'))
        {
            text = WebUtility.HtmlDecode(text);
        }

        return Collapse(text);
    }

    public static string StripBookmarks(string text) =>
        text.Contains('[') && text.Contains("[bookmark:", StringComparison.OrdinalIgnoreCase) ? Bookmark().Replace(text, string.Empty) : text;

    /// <summary>Whitespace runs (tabs, line breaks, no-break spaces) become one space; ends trimmed.</summary>
    /// <remarks>A loop rather than a regex: this runs on every paragraph, and most need no change.</remarks>
    public static string Collapse(string text) => Collapse(text.AsSpan().Trim(), text);

    /// <param name="span">The trimmed text to collapse.</param>
    /// <param name="text">The string <paramref name="span"/> was taken from, returned as is when it needs no change.</param>
    private static string Collapse(ReadOnlySpan<char> span, string text)
    {
        // Already collapsed when it holds no white space but single plain spaces: two vectorised scans instead of a
        // test of every character.
        var clean = !span.ContainsAny(WhiteSpace.OtherThanSpace) && !span.Contains("  ", StringComparison.Ordinal);
        if (clean)
        {
            return span.Length == text.Length ? text : span.ToString();
        }

        var builder = new System.Text.StringBuilder(span.Length);
        var pendingSpace = false;
        foreach (var c in span)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"\[bookmark:[^\]]*\]", RegexOptions.IgnoreCase)]
    private static partial Regex Bookmark();

    [GeneratedRegex(@"\[footnoteRef:(?<n>\d{1,3})\]", RegexOptions.IgnoreCase)]
    private static partial Regex FootnoteRef();

    [GeneratedRegex(@"\s*\[(?<n>\d{1,3}):\s+(?<text>[^\]]*)\]")]
    private static partial Regex InlineNote();

    [GeneratedRegex(@"!?\[(?<label>[^\]]*)\]\([^)\s]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\s?<sup>\s*(?<n>\d{1,3})\s*</sup>", RegexOptions.IgnoreCase)]
    private static partial Regex SupCall();

    [GeneratedRegex(@"<sup>(?<inner>[^<]*)</sup>", RegexOptions.IgnoreCase)]
    private static partial Regex Sup();

    [GeneratedRegex(@"(?<mark>\*{1,3}|__)(?=\S)(?<inner>.+?)(?<=\S)\k<mark>")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\\(?<c>[\\`*_{}\[\]()#+\-.!])")]
    private static partial Regex MarkdownEscape();

}
