using AngleSharp.Dom;

namespace Serverless.Shared.Reading;

/// <summary>
/// A page's in-page links (<c>href="#..."</c>) and the elements they can point at (by <c>id</c> or, as older pages and
/// Word write it, <c>name</c>), gathered in one walk of the page for the rules that read them: notes
/// (<see cref="HtmlNotes"/>) and a table of contents' entries (<see cref="HtmlContentsEntries"/>).
/// </summary>
internal sealed class HtmlInPageLinks
{
    private readonly Dictionary<string, IElement> _anchors = new(StringComparer.Ordinal);

    /// <summary>The links to somewhere in the page, in document order.</summary>
    public List<IElement> Links { get; } = [];

    public static HtmlInPageLinks Of(IElement content)
    {
        var page = new HtmlInPageLinks();
        foreach (var element in content.Descendants<IElement>())
        {
            foreach (var name in new[] { element.Id, element.GetAttribute("name") })
            {
                if (!string.IsNullOrEmpty(name))
                {
                    page._anchors.TryAdd(name, element);
                }
            }

            if (IsInPage(element))
            {
                page.Links.Add(element);
            }
        }

        return page;
    }

    /// <summary>Whether an element is a link to somewhere in the page.</summary>
    public static bool IsInPage(IElement element) =>
        element.TagName == "A" && element.GetAttribute("href") is { Length: > 1 } href && href[0] == '#';

    /// <summary>The place a link points at, when the page has it.</summary>
    public IElement? TargetOf(IElement link) =>
        _anchors.GetValueOrDefault(Uri.UnescapeDataString(link.GetAttribute("href")![1..]));
}
