namespace Serverless.Evaluation;

/// <summary>Orders labels for reading: C2 before C10, C7 before C7.1, then other ids alphabetically.</summary>
internal static class LabelOrder
{
    public static int Compare(string? a, string? b)
    {
        var ka = Key(a ?? string.Empty);
        var kb = Key(b ?? string.Empty);
        var c = ka.Major.CompareTo(kb.Major);
        if (c == 0)
        {
            c = ka.Minor.CompareTo(kb.Minor);
        }

        return c != 0 ? c : string.CompareOrdinal(a, b);
    }

    private static (int Major, int Minor) Key(string label)
    {
        if (label.Length < 2 || label[0] != 'C' || !char.IsDigit(label[1]))
        {
            return (1000, 0);
        }

        var parts = label[1..].Split('.');
        return (int.TryParse(parts[0], out var major) ? major : 999, parts.Length > 1 && int.TryParse(parts[1], out var minor) ? minor : 0);
    }
}
