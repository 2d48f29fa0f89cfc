using AngleSharp.Dom;
using AngleSharp.Html;
using AngleSharp.Html.Parser;

namespace Serverless.Shared.Reading;

/// <summary>
/// Puts a page's declarative shadow roots (<c>&lt;template shadowrootmode="open|closed"&gt;</c>, which the parser
/// attaches to the element holding it) where a browser draws them: in place of their host's children, each
/// <c>&lt;slot&gt;</c> in them replaced by the host's children assigned to it (by their <c>slot</c> attribute; the
/// first slot of a name takes them all) or, when none is, by the slot's own content. A host's child no slot takes is
/// not drawn. Read as parsed, the shadow root's words were lost and the host's children were read whole, so a page could
/// show one text and be read as another. Only what the parser gives is composed: no script runs, so a shadow root a
/// script would attach does not exist here.
/// </summary>
/// <remarks>
/// The page is written out as it is drawn and parsed again, rather than its nodes moved: the library finds a node among
/// its siblings one by one at every move, so moving the 60,000 children of one host took 30 s where the page is read in 5.
/// A page without a shadow root, nearly every one, costs one look at its elements.
/// </remarks>
internal static class HtmlShadowRoots
{
    /// <summary>
    /// The page as drawn: <paramref name="document"/> itself when it has no shadow root, else a new document (and
    /// <paramref name="document"/> disposed). Refused as too deep when hosts slotted into one another nest past the limit.
    /// </summary>
    public static IDocument Composed(IDocument document, HtmlParser parser, CancellationToken cancellationToken)
    {
        var shadows = ShadowTrees(document, cancellationToken);
        if (shadows.Count == 0)
        {
            return document;
        }

        var writer = new ComposedWriter(shadows);
        using var markup = new StringWriter();
        if (document.Doctype is { } doctype)
        {
            // Kept, so a page without one is still drawn (and read) in quirks mode.
            doctype.ToHtml(markup, HtmlMarkupFormatter.Instance);
        }

        if (document.DocumentElement is { } root)
        {
            writer.Write(root, markup, depth: 0, cancellationToken);
        }

        document.Dispose();
        var composed = markup.ToString();
        HtmlNestingGuard.Check(composed, cancellationToken);
        return parser.ParseDocument(composed);
    }

    /// <summary>Every shadow root, those inside other shadow trees too (a shadow root is no child of its host).</summary>
    private static List<IShadowRoot> ShadowTrees(IDocument document, CancellationToken cancellationToken)
    {
        var shadows = new List<IShadowRoot>();
        var roots = new Stack<INode>();
        roots.Push(document);
        var count = 0;
        while (roots.TryPop(out var root))
        {
            foreach (var element in root.GetDescendants().OfType<IElement>())
            {
                if ((count++ & 1023) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (element.ShadowRoot is { } shadow)
                {
                    shadows.Add(shadow);
                    roots.Push(shadow);
                }
            }
        }

        return shadows;
    }

    private sealed class ComposedWriter
    {
        /// <summary>How deep the writer itself goes before refusing: above the page limit, which counts fewer elements.</summary>
        private const int WriterDepth = 4 * ReadingLimits.MaxHtmlDepth;

        /// <summary>Elements that have no end tag (and no content) in HTML.</summary>
        private static readonly HashSet<string> VoidElements =
            ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"];

        /// <summary>Each slot of a shadow tree, with the host's children it shows (null: none, so its own content shows).</summary>
        private readonly Dictionary<IElement, List<INode>?> slots = new(ReferenceEqualityComparer.Instance);

        public ComposedWriter(List<IShadowRoot> shadows)
        {
            foreach (var shadow in shadows)
            {
                var slottables = Slottables(shadow.Host);
                foreach (var slot in shadow.QuerySelectorAll("slot"))
                {
                    slots[slot] = slottables.Remove(slot.GetAttribute("name") ?? string.Empty, out var assigned) ? assigned : null;
                }
            }
        }

        /// <summary>
        /// A host's children by the slot they ask for: an element's <c>slot</c> attribute, or the default slot ("") for an
        /// element without one and for text. Comments are never drawn, nor is a second declarative shadow root (an
        /// ordinary template once its host has one).
        /// </summary>
        private static Dictionary<string, List<INode>> Slottables(IElement host)
        {
            var slottables = new Dictionary<string, List<INode>>(StringComparer.Ordinal);
            foreach (var child in host.ChildNodes)
            {
                var name = child switch
                {
                    IElement { LocalName: "template" } template when template.HasAttribute("shadowrootmode") => null,
                    IElement element => element.GetAttribute("slot") ?? string.Empty,
                    IText => string.Empty,
                    _ => null,
                };
                if (name is not null)
                {
                    (slottables.TryGetValue(name, out var list) ? list : slottables[name] = []).Add(child);
                }
            }

            return slottables;
        }

        public void Write(INode node, TextWriter markup, int depth, CancellationToken cancellationToken)
        {
            if (node is not IElement element)
            {
                node.ToHtml(markup, HtmlMarkupFormatter.Instance);
                return;
            }

            // A bound on this walk's own recursion only: the page it writes is then measured as any page is.
            if (depth > WriterDepth)
            {
                throw HtmlNestingGuard.TooDeep();
            }

            if ((depth & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (slots.TryGetValue(element, out var assigned))
            {
                // A slot is drawn as what it shows (its box is display: contents), not as an element of its own.
                foreach (var shown in assigned ?? [.. element.ChildNodes])
                {
                    Write(shown, markup, depth + 1, cancellationToken);
                }

                return;
            }

            // Tag by tag rather than the library's ToHtml of the element: that took 6.5 s for 60,000 paragraphs (0.1 s so).
            markup.Write(HtmlMarkupFormatter.Instance.OpenTag(element, selfClosing: false));
            if (VoidElements.Contains(element.LocalName))
            {
                return;
            }

            var children = element.ShadowRoot is { } shadow ? shadow.ChildNodes : element.ChildNodes;
            foreach (var child in children)
            {
                Write(child, markup, depth + 1, cancellationToken);
            }

            markup.Write(HtmlMarkupFormatter.Instance.CloseTag(element, selfClosing: false));
        }
    }
}
