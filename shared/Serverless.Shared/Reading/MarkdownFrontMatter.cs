namespace Serverless.Shared.Reading;

/// <summary>
/// A Markdown file's YAML front matter (<c>---</c> / <c>title: ...</c> / <c>author: ...</c> / <c>---</c>, as pandoc,
/// Jekyll and Hugo write it) read the way pandoc prints it: the title as the document's heading, then its subtitle,
/// authors and date as lines under it. Every other key (layout, tags, options) is the publishing tool's, not text.
/// Only top-level <c>key: value</c> lines and a key's <c>- item</c> list are read: those are all the text keys hold,
/// and a full YAML parser would recurse through whatever nesting a hostile file puts there. YAML's own marks on a value
/// are not its text: an anchor (<c>&amp;t "Title"</c>) is dropped, a tag (<c>!!str</c>) too, and an alias
/// (<c>*t</c>) stands for the one value its anchor named, never for a list: so anchors that name lists of aliases of
/// lists (a "billion laughs") expand to nothing, and each alias costs one look-up.
/// </summary>
public static class MarkdownFrontMatter
{
    private static readonly string[] TextKeys = ["title", "subtitle", "author", "date"];

    public static IEnumerable<TextBlock> Blocks(IEnumerable<string> lines)
    {
        // A file that opens with a rule, a paragraph and a rule has no keys: those lines are its text.
        var all = lines.ToArray();
        if (!all.Any(l => l.Length > 0 && !char.IsWhiteSpace(l[0]) && l.IndexOf(':') > 0 && !l[..l.IndexOf(':')].Contains(' ')))
        {
            var text = string.Join(' ', all.Select(l => l.Trim()).Where(l => l.Length > 0 && l is not ("---" or "...")));
            if (text.Length > 0)
            {
                yield return new TextBlock(text, BlockKind.Paragraph);
            }

            yield break;
        }

        var values = TextKeys.ToDictionary(k => k, _ => new List<string>(), StringComparer.OrdinalIgnoreCase);
        var anchors = new Dictionary<string, string>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var raw in all)
        {
            var line = raw.TrimEnd();
            if (line.Length == 0 || line.TrimStart().StartsWith('#') || line is "---" or "...")
            {
                continue;
            }

            // "  - PacNet Foundation": an item of the list the key above opened ("author:" with its authors below).
            if (char.IsWhiteSpace(line[0]) || line.StartsWith('-'))
            {
                var item = line.Trim();
                if (current is not null && item.StartsWith('-'))
                {
                    AddValue(current, item[1..], anchors);
                }

                continue;
            }

            var colon = line.IndexOf(':');
            current = colon > 0 && values.TryGetValue(line[..colon].Trim(), out var list) ? list : null;
            if (current is not null)
            {
                AddValue(current, line[(colon + 1)..], anchors);
            }
            else if (colon > 0)
            {
                // Another key's value may be anchored for a text key to name it ("org: &org PacNet", "author: *org").
                AddValue([], line[(colon + 1)..], anchors);
            }
        }

        foreach (var title in values["title"])
        {
            yield return new TextBlock(title, BlockKind.Heading, 1);
        }

        foreach (var line in values["subtitle"].Concat(values["author"]).Concat(values["date"]))
        {
            yield return new TextBlock(line, BlockKind.Paragraph);
        }
    }

    private static void AddValue(List<string> values, string value, Dictionary<string, string> anchors)
    {
        var text = value.Trim();
        var anchor = Mark(ref text, '&');
        while (text.StartsWith('!'))
        {
            Mark(ref text, '!');
        }

        // "[A, B]": a list written on one line; a list is never anchored as text.
        if (text.StartsWith('[') && text.EndsWith(']'))
        {
            foreach (var item in text[1..^1].Split(','))
            {
                if (Scalar(item, anchors) is { Length: > 0 } one)
                {
                    values.Add(one);
                }
            }

            return;
        }

        if (Scalar(text, anchors) is { Length: > 0 } scalar && scalar is not ("|" or ">"))
        {
            values.Add(scalar);
            if (anchor is not null)
            {
                anchors[anchor] = scalar;
            }
        }
    }

    /// <summary>A value without its quotes, or the value its alias (<c>*name</c>) names; null for an alias of nothing.</summary>
    private static string? Scalar(string value, Dictionary<string, string> anchors)
    {
        var text = value.Trim();
        if (text.StartsWith('*'))
        {
            return anchors.GetValueOrDefault(text[1..].Trim());
        }

        return text.Length >= 2 && text[0] is '"' or '\'' && text[^1] == text[0] ? text[1..^1].Trim() : text;
    }

    /// <summary>Takes a leading mark (<c>&amp;name</c>, <c>!tag</c>) off the value and gives its name, or null when there is none.</summary>
    private static string? Mark(ref string text, char sign)
    {
        if (!text.StartsWith(sign))
        {
            return null;
        }

        var end = text.IndexOfAny([' ', '\t']);
        var name = end < 0 ? text[1..] : text[1..end];
        text = end < 0 ? "" : text[end..].Trim();
        return name;
    }
}
