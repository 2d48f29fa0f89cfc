using AngleSharp.Dom;

namespace Serverless.Shared.Reading;

/// <summary>
/// The entries of a table of contents written into an HTML page: a paragraph or list item that holds nothing but links to
/// the page's own headings, with at most page numbers and leader dots beside them (Word's "Web Page" export, Google Docs,
/// a hand-made list of sections). They repeat the headings; read as paragraphs, the first of them became the
/// document's opening. A paragraph that also says something ("see section 3 below") is read.
/// </summary>
internal static class HtmlContentsEntries
{
    private static readonly HashSet<string> Headings = new(StringComparer.Ordinal) { "H1", "H2", "H3", "H4", "H5", "H6" };
    private static readonly HashSet<string> EntryBlocks = new(StringComparer.Ordinal) { "P", "LI", "DIV" };

    public static HashSet<IElement> Find(HtmlInPageLinks page)
    {
        var entries = new HashSet<IElement>();
        foreach (var link in page.Links)
        {
            if (page.TargetOf(link) is { } target && IsHeading(target) &&
                link.Ancestors<IElement>().FirstOrDefault(a => EntryBlocks.Contains(a.TagName)) is { } entry &&
                !entry.Contains(target) && OnlyLinks(entry))
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    /// <summary>A heading, an anchor inside one (Word: <c>&lt;h1&gt;&lt;a name="_Toc1"&gt;</c>), or an anchor just before one.</summary>
    private static bool IsHeading(IElement target) =>
        Headings.Contains(target.TagName) || target.Ancestors<IElement>().Any(a => Headings.Contains(a.TagName)) ||
        (target.TextContent.Trim().Length == 0 && target.NextElementSibling is { } next && Headings.Contains(next.TagName));

    /// <summary>Whether the block's words are all in its links: besides them, only page numbers, dots and spaces.</summary>
    private static bool OnlyLinks(IElement entry)
    {
        var linked = entry.Descendants<IElement>().Where(HtmlInPageLinks.IsInPage)
            .Sum(a => a.TextContent.Count(char.IsLetter));
        return linked > 0 && entry.TextContent.Count(char.IsLetter) == linked;
    }
}
