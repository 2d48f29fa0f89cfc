using AngleSharp.Dom;

namespace Serverless.Shared.Reading;

/// <summary>
/// Empties the text a page draws with nothing to see, as its elements' own styles say it and their children inherit it:
/// letters of size 0 (<c>font-size: 0</c>, which a child's size in <c>em</c> or <c>%</c> keeps at 0 and a size of its
/// own in <c>px</c>, <c>pt</c>, <c>rem</c> or a keyword brings back), and letters of the colour of what lies under them
/// (<c>color</c> or <c>&lt;font color&gt;</c> equal to the nearest ancestor's opaque <c>background-color</c>,
/// <c>background</c> or <c>bgcolor</c>; on a page with no style sheet at all, black on the browser's white). A page
/// could otherwise hand the classifier words no reader sees, in the middle of a visible sentence. Space between words
/// is kept: a parent of size 0 around children that set their own size is how pages close the gaps between inline
/// boxes, and that space still separates the children's words. Style sheets are not applied here: where one exists, a
/// colour or a background it could set is not known, nor is one drawn by an image or a gradient, and a shadow or an
/// outline around the letters shows them; each unknown leaves the words read.
/// </summary>
internal static class HtmlInvisibleText
{
    private static readonly HashSet<string> RelativeUnits = new(StringComparer.OrdinalIgnoreCase) { "em", "%", "ex", "ch", "cap", "ic", "lh" };

    private static readonly HashSet<string> SizeOfTheParent = new(StringComparer.OrdinalIgnoreCase) { "inherit", "unset", "smaller", "larger" };

    public static void Apply(IDocument document, CancellationToken cancellationToken)
    {
        if (document.DocumentElement is { } root && document.QuerySelector("[style], [bgcolor], font[color], body[text]") is not null)
        {
            // With no sheet, the browser's own defaults are all there is: black letters on a white page.
            var sheets = document.QuerySelector("style, link[rel~=stylesheet i]") is not null;
            var count = 0;
            Visit(root, new Drawing(false, sheets ? null : 0xFF000000, sheets ? null : 0xFFFFFFFF), ref count, cancellationToken);
        }
    }

    /// <summary>How the letters of an element are drawn: of size 0 or not, their colour and the opaque one under them (null: not known).</summary>
    private readonly record struct Drawing(bool ZeroSize, uint? Colour, uint? Background)
    {
        public bool IsInvisible => ZeroSize || Colour is { } colour && colour == Background;
    }

    private static void Visit(IElement element, Drawing parent, ref int count, CancellationToken cancellationToken)
    {
        if ((count++ & 1023) == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        var style = element.GetAttribute("style");
        var drawing = new Drawing(
            // A page without a doctype is drawn in quirks mode, where a table starts again from the default size.
            IsZeroSize(HtmlInlineStyle.Value(style, "font-size"), parent.ZeroSize && !(element.LocalName == "table" && element.Owner?.CompatMode == "BackCompat")),
            Colour(element, style, parent.Colour),
            Background(element, style, parent.Background));
        foreach (var node in element.ChildNodes)
        {
            if (node is IElement child)
            {
                Visit(child, drawing, ref count, cancellationToken);
            }
            else if (drawing.IsInvisible && node is IText text && !string.IsNullOrWhiteSpace(text.Data))
            {
                text.Data = "";
            }
        }
    }

    /// <summary>The colour of the element's letters: its own, else its parent's; a link's is the browser's own.</summary>
    private static uint? Colour(IElement element, string? style, uint? parent)
    {
        if (HtmlInlineStyle.Value(style, "text-shadow") is { } shadow && !shadow.Equals("none", StringComparison.OrdinalIgnoreCase) ||
            HtmlInlineStyle.Value(style, "-webkit-text-stroke") is not null)
        {
            return null; // drawn around the letters, whatever their colour
        }

        var declared = HtmlInlineStyle.Value(style, "color") ?? element.LocalName switch
        {
            "font" => element.GetAttribute("color"),
            "body" => element.GetAttribute("text"),
            _ => null,
        };
        if (declared is not null && !declared.Equals("inherit", StringComparison.OrdinalIgnoreCase) && !declared.Equals("currentcolor", StringComparison.OrdinalIgnoreCase))
        {
            return CssColour.Parse(declared) is { } colour && CssColour.IsOpaque(colour) ? colour : null;
        }

        return element.LocalName is "a" && element.HasAttribute("href") ? null : parent;
    }

    /// <summary>The opaque colour under the element's letters: its own background, else what shows through it.</summary>
    private static uint? Background(IElement element, string? style, uint? parent)
    {
        var declared = HtmlInlineStyle.Value(style, "background-color") ?? HtmlInlineStyle.Value(style, "background") ?? element.GetAttribute("bgcolor");
        if (declared is null)
        {
            return element.LocalName == "mark" ? null : parent;
        }

        if (CssColour.Parse(declared) is not { } colour)
        {
            return null; // an image, a gradient, a colour not known
        }

        return CssColour.IsOpaque(colour) ? colour : colour >> 24 == 0 ? parent : null;
    }

    /// <summary>Whether a declared font size draws letters of size 0, given whether the parent's does.</summary>
    private static bool IsZeroSize(string? declared, bool parentIsZero)
    {
        if (declared is null || SizeOfTheParent.Contains(declared))
        {
            return parentIsZero;
        }

        if (HtmlInlineStyle.LeadingNumber(declared) is not { } number)
        {
            return false; // a keyword (medium, small...) or an expression: a size of its own
        }

        if (number < 0)
        {
            return parentIsZero; // not a size: the declaration is dropped
        }

        var unit = declared.TrimStart('+', '-', '.', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9').Trim();
        return number == 0 || RelativeUnits.Contains(unit) && parentIsZero;
    }
}
