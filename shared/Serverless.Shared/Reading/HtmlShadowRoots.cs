using AngleSharp.Dom;

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
internal static class HtmlShadowRoots
{
    public static void Compose(IDocument document, CancellationToken cancellationToken)
    {
        // Every host, those inside shadow trees too (a shadow root is no child of its host, so the document's elements
        // do not reach it), each composed once; composing one moves nodes but makes no new host.
        foreach (var host in Hosts(document, cancellationToken))
        {
            Compose(host, host.ShadowRoot!);
        }
    }

    private static List<IElement> Hosts(IDocument document, CancellationToken cancellationToken)
    {
        var hosts = new List<IElement>();
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
                    hosts.Add(element);
                    roots.Push(shadow);
                }
            }
        }

        return hosts;
    }

    private static void Compose(IElement host, IShadowRoot shadow)
    {
        // The host's children by the slot they ask for: an element's slot attribute, or the default slot ("") for an
        // element without one and for text. Comments and other nodes are never drawn.
        var slottables = new Dictionary<string, List<INode>>(StringComparer.Ordinal);
        foreach (var child in host.ChildNodes)
        {
            var name = child switch
            {
                IElement element => element.GetAttribute("slot") ?? string.Empty,
                IText => string.Empty,
                _ => null,
            };
            if (name is not null)
            {
                (slottables.TryGetValue(name, out var list) ? list : slottables[name] = []).Add(child);
            }
        }

        foreach (var slot in shadow.QuerySelectorAll("slot").ToList())
        {
            var name = slot.GetAttribute("name") ?? string.Empty;
            var shown = slottables.Remove(name, out var assigned) ? assigned : slot.ChildNodes.ToList();
            slot.Replace([.. shown]);
        }

        var composed = shadow.ChildNodes.ToList();
        foreach (var child in host.ChildNodes.ToList())
        {
            host.RemoveChild(child);
        }

        host.Append([.. composed]);
    }
}
