namespace Serverless.Shared.Summary;

/// <summary>Orders action line codes as the report does: C2 before C10, C7 before C7.1.</summary>
public static class ActionLineOrder
{
    public static (int Major, int Minor) Key(string code)
    {
        var parts = code.TrimStart('C').Split('.');
        return (int.TryParse(parts[0], out var major) ? major : 99, parts.Length > 1 && int.TryParse(parts[1], out var minor) ? minor : 0);
    }
}
