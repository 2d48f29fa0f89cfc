using AngleSharp.Dom;

namespace Serverless.Shared.Reading;

/// <summary>
/// Whether an HTML element is one no browser shows: marked <c>hidden</c>, a <c>dialog</c> not open, or styled on the element itself with
/// <c>display: none</c>, <c>visibility: hidden</c> or <c>opacity: 0</c>. Its text is not part of what the contributor shows a reader, so it
/// is not read: a page could otherwise carry words for the classifier that no one sees (a hidden list of action lines,
/// of bodies), and a page saved from a site carries its closed menus and dialogs so. An element hidden only until a
/// search finds it (<c>hidden="until-found"</c>, a closed section of an accordion) is content, and is read. What the
/// page's style sheets hide through simple selectors is marked <c>hidden</c> first (<see cref="HtmlStyleSheetHiding"/>).
/// </summary>
internal static class HtmlHiddenElement
{
    public static bool IsHidden(IElement element) => IsHidden(element.LocalName, element.GetAttribute);

    /// <summary>The same for an element known by its name and a way to look up its attributes (null when absent).</summary>
    public static bool IsHidden(string name, Func<string, string?> attribute)
    {
        if (attribute("hidden") is { } hidden && !hidden.Trim().Equals("until-found", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // A dialog is drawn only while it is open: a closed one (a saved page's pop-up, a consent box) shows nothing.
        if (name.Equals("dialog", StringComparison.OrdinalIgnoreCase) && attribute("open") is null)
        {
            return true;
        }

        return attribute("style") is { Length: > 0 } style && (Says(style) == true || IsTransparent(style));
    }

    /// <summary>
    /// Whether the element's own style draws it fully transparent (<c>opacity: 0</c>, <c>0%</c>): nothing it holds can
    /// show, whatever its children declare, since their opacity multiplies its own. A style sheet's <c>opacity: 0</c> is not
    /// applied (<see cref="HtmlStyleSheetHiding"/>): a sheet's class is where a page's scripts start what they fade in.
    /// </summary>
    private static bool IsTransparent(string style) =>
        HtmlInlineStyle.Value(style, "opacity") is { } opacity && HtmlInlineStyle.LeadingNumber(opacity) is { } number && number <= 0;

    /// <summary>
    /// Whether declarations hide the box (<c>display: none</c>, <c>visibility: hidden</c>/<c>collapse</c>; the last of each
    /// wins, as in CSS): true, false when they set either to a value that shows it, null when they say neither.
    /// </summary>
    internal static bool? Says(string style)
    {
        string? display = null;
        string? visibility = null;
        foreach (var declaration in style.Split(';'))
        {
            var colon = declaration.IndexOf(':');
            if (colon < 0)
            {
                continue;
            }

            var property = declaration[..colon].Trim();
            var value = declaration[(colon + 1)..].Replace("!important", "", StringComparison.OrdinalIgnoreCase).Trim();
            if (property.Equals("display", StringComparison.OrdinalIgnoreCase))
            {
                display = value;
            }
            else if (property.Equals("visibility", StringComparison.OrdinalIgnoreCase))
            {
                visibility = value;
            }
        }

        if (display is null && visibility is null)
        {
            return null;
        }

        return string.Equals(display, "none", StringComparison.OrdinalIgnoreCase) ||
            visibility is not null && (visibility.Equals("hidden", StringComparison.OrdinalIgnoreCase) || visibility.Equals("collapse", StringComparison.OrdinalIgnoreCase));
    }
}
