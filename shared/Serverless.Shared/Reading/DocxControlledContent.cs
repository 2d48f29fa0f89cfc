using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Serverless.Shared.Reading;

/// <summary>
/// A table's rows, a row's cells and a cell's paragraphs, including those Word wraps in content controls
/// (<c>w:sdt</c>): a form's repeating section wraps each row it repeats, a date or a choice wraps a cell, and a control
/// can wrap paragraphs in a cell, as custom XML markup (<c>w:customXml</c>) can. Looking at direct children only, the
/// rows, cells and paragraphs in a control were lost.
/// </summary>
internal static class DocxControlledContent
{
    public static IEnumerable<TableRow> Rows(Table table) => Unwrapped<TableRow>(table);

    public static IEnumerable<TableCell> Cells(TableRow row) => Unwrapped<TableCell>(row);

    public static IEnumerable<Paragraph> Paragraphs(TableCell cell) => Unwrapped<Paragraph>(cell);

    /// <summary>The children of type <typeparamref name="T"/>, and those inside content controls among the children, in order.</summary>
    private static IEnumerable<T> Unwrapped<T>(OpenXmlElement parent)
        where T : OpenXmlElement
    {
        // Depth first without recursion: controls nest (within the nesting guard's limit), each level one more step.
        var stack = new Stack<OpenXmlElement>();
        PushChildren(stack, parent);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element is T found)
            {
                yield return found;
            }
            else if (element is SdtElement or SdtContentRow or SdtContentCell or SdtContentBlock or CustomXmlElement)
            {
                // A control's properties hold no rows, cells or paragraphs; its content does. Custom XML markup
                // around rows, cells or paragraphs tags them the same way.
                PushChildren(stack, element);
            }
        }
    }

    private static void PushChildren(Stack<OpenXmlElement> stack, OpenXmlElement parent)
    {
        for (var child = parent.LastChild; child is not null; child = child.PreviousSibling())
        {
            stack.Push(child);
        }
    }
}
