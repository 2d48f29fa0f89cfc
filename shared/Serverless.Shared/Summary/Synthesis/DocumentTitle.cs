namespace Serverless.Shared.Summary.Synthesis;

/// <summary>A document's title as a citation gives it: its first heading, or its first line when that reads as one.</summary>
public static class DocumentTitle
{
    private const int MaxLength = 110;

    public static string? Of(SummaryDocument document)
    {
        var first = document.Paragraphs.Take(3).FirstOrDefault(p => p.Kind == "heading" || SourceUnitReader.LooksLikeHeading(p.Text) || p.Text.StartsWith("Contribution", StringComparison.OrdinalIgnoreCase));
        if (first is null)
        {
            return null;
        }

        var title = first.Text.Trim().TrimStart('#', ' ');
        return title.Length <= MaxLength ? title : title[..title.LastIndexOf(' ', MaxLength)] + " …";
    }
}
