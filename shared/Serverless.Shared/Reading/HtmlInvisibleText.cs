using AngleSharp.Dom;

namespace Serverless.Shared.Reading;

/// <summary>
/// Empties the text a page draws with nothing to see, as its elements' own styles say it and their children inherit it:
/// letters of size 0 (<c>font-size: 0</c>, which a child's size in <c>em</c> or <c>%</c> keeps at 0 and a size of its
/// own in <c>px</c>, <c>pt</c>, <c>rem</c> or a keyword brings back). A page could otherwise hand the classifier words no
/// reader sees, in the middle of a visible sentence. Space between words is kept: a parent of size 0 around children
/// that set their own size is how pages close the gaps between inline boxes, and that space still separates the
/// children's words. Style sheets are not applied here.
/// </summary>
internal static class HtmlInvisibleText
{
    private static readonly HashSet<string> RelativeUnits = new(StringComparer.OrdinalIgnoreCase) { "em", "%", "ex", "ch", "cap", "ic", "lh" };

    private static readonly HashSet<string> SizeOfTheParent = new(StringComparer.OrdinalIgnoreCase) { "inherit", "unset", "smaller", "larger" };

    public static void Apply(IDocument document, CancellationToken cancellationToken)
    {
        if (document.DocumentElement is { } root && document.QuerySelector("[style]") is not null)
        {
            var count = 0;
            Visit(root, zeroSize: false, ref count, cancellationToken);
        }
    }

    private static void Visit(IElement element, bool zeroSize, ref int count, CancellationToken cancellationToken)
    {
        if ((count++ & 1023) == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        zeroSize = IsZeroSize(HtmlInlineStyle.Value(element.GetAttribute("style"), "font-size"), zeroSize);
        foreach (var node in element.ChildNodes)
        {
            if (node is IElement child)
            {
                Visit(child, zeroSize, ref count, cancellationToken);
            }
            else if (zeroSize && node is IText text && !string.IsNullOrWhiteSpace(text.Data))
            {
                text.Data = "";
            }
        }
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
