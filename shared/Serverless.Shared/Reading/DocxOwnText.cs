using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Serverless.Shared.Reading;

/// <summary>
/// What of a DOCX paragraph's markup is its own text. Word writes every drawing twice, for itself
/// (<c>mc:Choice</c>, DrawingML) and for older readers (<c>mc:Fallback</c>, VML): a text box's words are in both, so
/// reading every descendant read them twice. And a text box (<c>w:txbxContent</c>: a sidebar, a callout, a framed case
/// study) sits inside the paragraph that anchors it, while its text belongs to no sentence of that paragraph: it is read
/// apart, as paragraphs of its own. Runs inside markup the library does not know (<c>w:smartTag</c>, which Word 2003
/// and 2007 put around dates, places and names, and which the library's schema no longer has) come to it as unknown
/// elements, their text with them: such a run is read again as a run, so its words are not lost.
/// </summary>
internal static class DocxOwnText
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>The paragraph's descendants, in document order, without text boxes and without fallback copies.</summary>
    public static IEnumerable<OpenXmlElement> Of(OpenXmlElement paragraph) => Walk(paragraph, yieldBoxes: false);

    /// <summary>The text boxes a paragraph anchors (each once: the fallback copies left out), outermost only.</summary>
    public static IEnumerable<TextBoxContent> TextBoxesIn(OpenXmlElement paragraph) =>
        Walk(paragraph, yieldBoxes: true).OfType<TextBoxContent>();

    /// <summary>
    /// Every text element of a part's piece read whole (a footnote, with the text boxes in it), in document order,
    /// without fallback copies, runs the library does not know read as runs.
    /// </summary>
    public static IEnumerable<Text> TextsOf(OpenXmlElement root) => Walk(root, yieldBoxes: false, enterBoxes: true).OfType<Text>();

    /// <summary>Whether an element lies in the copy Word writes for older readers of something it also writes for itself.</summary>
    public static bool IsFallbackCopy(OpenXmlElement element) => element.Ancestors<AlternateContentFallback>().Any();

    /// <param name="yieldBoxes">Give the text boxes met (and nothing else) rather than everything but them.</param>
    /// <param name="enterBoxes">Give what text boxes hold as any other content.</param>
    private static IEnumerable<OpenXmlElement> Walk(OpenXmlElement root, bool yieldBoxes, bool enterBoxes = false)
    {
        // Depth first without recursion, in document order: a stack of the children still to visit.
        var stack = new Stack<OpenXmlElement>();
        Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element is AlternateContentFallback)
            {
                continue;
            }

            if (element is TextBoxContent && !enterBoxes)
            {
                if (yieldBoxes)
                {
                    yield return element;
                }

                continue;
            }

            if (element is OpenXmlUnknownElement { LocalName: "r" } unknown && unknown.NamespaceUri == WordNamespace)
            {
                // Read again, the run loses its place: one a tracked change took out is left out here.
                if (unknown.Ancestors<DeletedRun>().Any() || unknown.Ancestors<MoveFromRun>().Any())
                {
                    continue;
                }

                element = new Run(unknown.OuterXml);
            }

            if (!yieldBoxes)
            {
                yield return element;
            }

            Push(element);
        }

        void Push(OpenXmlElement parent)
        {
            for (var child = parent.LastChild; child is not null; child = child.PreviousSibling())
            {
                stack.Push(child);
            }
        }
    }
}
