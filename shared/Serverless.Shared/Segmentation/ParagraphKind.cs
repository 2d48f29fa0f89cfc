namespace Serverless.Shared.Segmentation;

/// <summary>The kinds of paragraph of <c>docs/domain.md</c>. Serialised in kebab case (<c>list-item</c>).</summary>
public enum ParagraphKind
{
    Heading,

    /// <summary>A resolution's preamble: <c>Rappelant...</c>, <c>Recalling...</c>.</summary>
    Preambular,

    /// <summary>A numbered resolution paragraph that decides or asks: <c>Prie...</c>, <c>Requests...</c>.</summary>
    Operative,

    /// <summary>Narrative text of a report.</summary>
    Paragraph,
    ListItem,
    Footnote,
    Table,
}

public static class ParagraphKindNames
{
    public static string ToName(this ParagraphKind kind) => kind switch
    {
        ParagraphKind.ListItem => "list-item",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static bool TryParse(string? name, out ParagraphKind kind)
    {
        foreach (var candidate in Enum.GetValues<ParagraphKind>())
        {
            if (string.Equals(candidate.ToName(), name, StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
