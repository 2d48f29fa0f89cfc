using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace Serverless.Shared.Reading;

/// <summary>
/// Letters in a layer the document switches off. A PDF's optional content groups (layers: a drawing program's
/// reviewer notes, a form's other language, a map's labels) are shown or hidden by the document's default
/// configuration (<c>/OCProperties /D</c>: <c>/BaseState</c>, <c>/ON</c>, <c>/OFF</c>), and a viewer opens the file with
/// that configuration: text marked <c>/OC</c> with a group it switches off is not on the page a reader sees or prints
/// (poppler's <c>pdftotext</c> leaves it out too). Read, it ran into the lines it was drawn over. A membership
/// dictionary (<c>/OCMD</c>) is shown by its policy over its groups (<c>/AnyOn</c> unless it names another).
/// Only marked content in the page's own content is judged (PdfPig gives no marked content inside forms); a document
/// without <c>/OCProperties</c>, nearly every one, costs one look at its catalogue.
/// </summary>
internal static class PdfOptionalContent
{
    private static readonly NameToken OcProperties = NameToken.Create("OCProperties");
    private static readonly NameToken Ocgs = NameToken.Create("OCGs");
    private static readonly NameToken Off = NameToken.Create("OFF");
    private static readonly NameToken On = NameToken.Create("ON");
    private static readonly NameToken BaseState = NameToken.Create("BaseState");
    private static readonly NameToken Policy = NameToken.Create("P");
    private static readonly NameToken Ocmd = NameToken.Create("OCMD");

    /// <summary>The groups the default configuration switches off (none for a document without layers).</summary>
    public static IReadOnlyList<DictionaryToken> OffGroups(PdfDocument document)
    {
        var scanner = document.Structure.TokenScanner;
        if (!document.Structure.Catalog.CatalogDictionary.TryGet(OcProperties, out var propertiesToken) ||
            Resolve<DictionaryToken>(propertiesToken, scanner) is not { } properties ||
            !properties.TryGet(NameToken.D, out var configurationToken) ||
            Resolve<DictionaryToken>(configurationToken, scanner) is not { } configuration)
        {
            return [];
        }

        // BaseState /OFF: every group off but those named ON; else (ON, the default) those named OFF.
        var baseOff = configuration.TryGet(BaseState, out var state) && Resolve<NameToken>(state, scanner) is { Data: "OFF" };
        var listed = Groups(configuration, baseOff ? On : Off, scanner);
        if (!baseOff)
        {
            return listed;
        }

        return Groups(properties, Ocgs, scanner).Where(g => !listed.Any(l => SameGroup(l, g))).ToList();
    }

    /// <summary>The letters without those drawn in a switched-off group (the same list when none is).</summary>
    public static IReadOnlyList<Letter> Without(Page page, IReadOnlyList<Letter> letters, IReadOnlyList<DictionaryToken> offGroups, IPdfTokenScanner scanner)
    {
        if (offGroups.Count == 0)
        {
            return letters;
        }

        HashSet<Letter>? hidden = null;
        var pending = new Stack<MarkedContentElement>(page.GetMarkedContents());
        while (pending.TryPop(out var element))
        {
            if (element.Tag == "OC" && element.Properties is { } group && IsOff(group, offGroups, scanner))
            {
                hidden ??= new HashSet<Letter>(ReferenceEqualityComparer.Instance);
                var inside = new Stack<MarkedContentElement>();
                inside.Push(element);
                while (inside.TryPop(out var current))
                {
                    hidden.UnionWith(current.Letters);
                    foreach (var child in current.Children)
                    {
                        inside.Push(child);
                    }
                }

                continue;
            }

            foreach (var child in element.Children)
            {
                pending.Push(child);
            }
        }

        return hidden is null ? letters : letters.Where(l => !hidden.Contains(l)).ToList();
    }

    private static bool IsOff(DictionaryToken group, IReadOnlyList<DictionaryToken> offGroups, IPdfTokenScanner scanner)
    {
        if (!(group.TryGet(NameToken.Type, out var type) && Resolve<NameToken>(type, scanner) is { } name && name.Equals(Ocmd)))
        {
            return offGroups.Any(o => SameGroup(o, group));
        }

        var members = Groups(group, Ocgs, scanner);
        if (members.Count == 0)
        {
            return false;
        }

        var offCount = members.Count(m => offGroups.Any(o => SameGroup(o, m)));
        var policy = group.TryGet(Policy, out var p) && Resolve<NameToken>(p, scanner) is { } n ? n.Data : "AnyOn";
        return policy switch
        {
            "AllOn" => offCount > 0,
            "AnyOff" => offCount == 0,
            "AllOff" => offCount < members.Count,
            _ => offCount == members.Count,
        };
    }

    /// <summary>
    /// The same group: the very object, or a group of the same name and type (PdfPig gives a span's properties as a
    /// dictionary, not as the reference the page's resources name).
    /// </summary>
    private static bool SameGroup(DictionaryToken a, DictionaryToken b) =>
        ReferenceEquals(a, b) || (a.TryGet(NameToken.Name, out var nameA) && b.TryGet(NameToken.Name, out var nameB) && nameA.Equals(nameB) &&
                                  a.TryGet(NameToken.Type, out var typeA) && b.TryGet(NameToken.Type, out var typeB) && typeA.Equals(typeB));

    /// <summary>A group or an array of groups under <paramref name="key"/>, each resolved.</summary>
    private static List<DictionaryToken> Groups(DictionaryToken dictionary, NameToken key, IPdfTokenScanner scanner)
    {
        var groups = new List<DictionaryToken>();
        if (!dictionary.TryGet(key, out var token))
        {
            return groups;
        }

        if (Resolve<ArrayToken>(token, scanner) is { } array)
        {
            foreach (var item in array.Data.Take(ReadingLimits.MaxPdfOptionalContentGroups))
            {
                if (Resolve<DictionaryToken>(item, scanner) is { } group)
                {
                    groups.Add(group);
                }
            }
        }
        else if (Resolve<DictionaryToken>(token, scanner) is { } group)
        {
            groups.Add(group);
        }

        return groups;
    }

    private static T? Resolve<T>(IToken token, IPdfTokenScanner scanner) where T : class, IToken
    {
        try
        {
            return DirectObjectFinder.TryGet<T>(token, scanner, out var value) ? value : null;
        }
        catch (Exception exception) when (exception is not (OperationCanceledException or OutOfMemoryException))
        {
            return null;
        }
    }
}
