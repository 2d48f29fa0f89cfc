namespace Serverless.Shared.Reading;

/// <summary>
/// A Markdown file's YAML front matter (<c>---</c> / <c>title: ...</c> / <c>author: ...</c> / <c>---</c>, as pandoc,
/// Jekyll and Hugo write it) read the way pandoc prints it: the title as the document's heading, then its subtitle,
/// authors and date as lines under it. Every other key (layout, tags, options) is the publishing tool's, not text.
/// Only top-level <c>key: value</c> lines and a key's <c>- item</c> list are read: those are all the text keys hold,
/// and a full YAML parser would recurse through whatever nesting a hostile file puts there.
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
                    AddValue(current, item[1..]);
                }

                continue;
            }

            var colon = line.IndexOf(':');
            current = colon > 0 && values.TryGetValue(line[..colon].Trim(), out var list) ? list : null;
            if (current is not null)
            {
                AddValue(current, line[(colon + 1)..]);
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

    private static void AddValue(List<string> values, string value)
    {
        var text = value.Trim();
        if (text.Length >= 2 && text[0] is '"' or '\'' && text[^1] == text[0])
        {
            text = text[1..^1].Trim();
        }

        // "[A, B]": a list written on one line.
        if (text.StartsWith('[') && text.EndsWith(']'))
        {
            values.AddRange(text[1..^1].Split(',').Select(v => v.Trim().Trim('"', '\'')).Where(v => v.Length > 0));
            return;
        }

        if (text.Length > 0 && text is not ("|" or ">"))
        {
            values.Add(text);
        }
    }
}
