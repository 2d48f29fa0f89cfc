namespace Serverless.Shared.Reading;

/// <summary>
/// The HTML elements whose content is never a page's text, wherever the HTML comes from: a page, or the raw HTML a
/// Markdown file holds (<see cref="MarkdownHiddenHtml"/>).
/// </summary>
internal static class HtmlUnreadElements
{
    // Whatever the case: an element of another namespace keeps its tag name as written (<svg>, and the <script> inside
    // it), so an upper-case set alone let an SVG's text and script code be read as the page's text.
    // What a canvas, a video or an audio player holds is shown only by a browser that cannot draw or play it (none today),
    // and a text area's words are a form's value, as a select's options are: none is the page's text. A frameset's
    // <noframes> is the same for browsers without frames (none today), and its content is kept as raw text, so its tags
    // were read as words ("<body><p>..."). A formula's annotations (MathML's <annotation>, <annotation-xml>: its TeX
    // source, its content markup) are for programs: a browser draws the formula alone, and they read it twice.
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "SCRIPT", "STYLE", "NOSCRIPT", "NOFRAMES", "TEMPLATE", "NAV", "HEAD", "SVG", "IFRAME", "OBJECT", "BUTTON", "FORM", "SELECT",
        "TEXTAREA", "CANVAS", "VIDEO", "AUDIO", "ANNOTATION", "ANNOTATION-XML",
    };

    public static bool Contains(string name) => Names.Contains(name);
}
