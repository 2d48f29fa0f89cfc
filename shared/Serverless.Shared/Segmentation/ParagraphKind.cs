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
    /// <summary>Each kind's name, by its value: written and parsed for every paragraph, so made once.</summary>
    private static readonly string[] Names = Enum.GetValues<ParagraphKind>().Select(NameOf).ToArray();

    public static string ToName(this ParagraphKind kind) => (uint)kind < (uint)Names.Length ? Names[(int)kind] : NameOf(kind);

    public static bool TryParse(string? name, out ParagraphKind kind)
    {
        for (var i = 0; i < Names.Length; i++)
        {
            if (string.Equals(Names[i], name, StringComparison.OrdinalIgnoreCase))
            {
                kind = (ParagraphKind)i;
                return true;
            }
        }

        kind = default;
        return false;
    }

    private static string NameOf(ParagraphKind kind) => kind switch
    {
        ParagraphKind.ListItem => "list-item",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
