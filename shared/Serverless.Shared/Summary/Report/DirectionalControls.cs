namespace Serverless.Shared.Summary.Report;

/// <summary>
/// Unicode's explicit direction controls in quoted text. An embedding or override (LRE, RLE, LRO, RLO) lasts until its
/// PDF, an isolate (LRI, RLI, FSI) until its PDI, or else to the end of the paragraph: a contribution's sentence that
/// opens one and never closes it would reverse or reorder every sentence the report puts after it in the same
/// paragraph, another contributor's included ("Trojan Source"). Each quoted piece closes what it opened, so the control
/// acts on its own words only, as it did in the contribution.
/// </summary>
public static class DirectionalControls
{
    private const char PopDirectionalFormatting = '\u202C';
    private const char PopDirectionalIsolate = '\u2069';

    /// <summary><paramref name="text"/> with a PDF or PDI appended for each embedding, override or isolate left open.</summary>
    public static string Closed(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\u202A', '\u202E') < 0 && text.AsSpan().IndexOfAnyInRange('\u2066', '\u2069') < 0)
        {
            return text;
        }

        // What is open, innermost last: true for an isolate, false for an embedding or override.
        var open = new List<bool>();
        foreach (var c in text)
        {
            switch (c)
            {
                case '\u202A' or '\u202B' or '\u202D' or '\u202E':
                    open.Add(false);
                    break;
                case '\u2066' or '\u2067' or '\u2068':
                    open.Add(true);
                    break;
                case PopDirectionalFormatting when open.Count > 0 && !open[^1]:
                    // A PDF closes the innermost embedding, never one outside the isolate it stands in.
                    open.RemoveAt(open.Count - 1);
                    break;
                case PopDirectionalIsolate when open.Contains(true):
                    // A PDI closes the innermost isolate and every embedding opened inside it.
                    open.RemoveRange(open.LastIndexOf(true), open.Count - open.LastIndexOf(true));
                    break;
            }
        }

        if (open.Count == 0)
        {
            return text;
        }

        var closers = new char[open.Count];
        for (var i = 0; i < open.Count; i++)
        {
            closers[i] = open[open.Count - 1 - i] ? PopDirectionalIsolate : PopDirectionalFormatting;
        }

        return text + new string(closers);
    }
}
