using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Serverless.Shared.Reading;

/// <summary>
/// HTML through AngleSharp (no scripting, no network): block elements become blocks, <c>h1</c>..<c>h6</c>
/// headings, items of ordered lists carry the number the browser would show (<c>start</c>, <c>value</c>,
/// <c>type</c>), table rows become text rows; scripts, styles, templates and navigation are never read. A page saved
/// from a website is read for its content: its <c>main</c> element when it has one, and never the site's own header,
/// footer or sidebar (<c>header</c>, <c>footer</c> and <c>aside</c> outside an article, the landmark roles) or its
/// cookie notice, which would otherwise open the document and be taken for its title.
/// </summary>
public sealed class HtmlDocumentReader : IDocumentReader
{
    private static readonly HashSet<string> Blocks = ["P", "DIV", "BLOCKQUOTE", "PRE", "ADDRESS", "SECTION", "ARTICLE", "MAIN", "HEADER", "FOOTER", "ASIDE", "FIGCAPTION", "DD", "DT", "CAPTION"];

    public string Format => "html";

    public bool CanRead(DocumentSource source) =>
        source.Sniffed == SniffedFormat.Html ||
        (source.Sniffed == SniffedFormat.Unknown && (source.Extension is ".html" or ".htm" or ".xhtml" || source.DeclaresType("text/html", "application/xhtml")));

    public ReadDocument Read(DocumentSource source, CancellationToken cancellationToken = default)
    {
        ReadingLimits.EnsureAcceptableSize(source);
        var html = TextDecoder.Decode(source.Content.Span);
        HtmlNestingGuard.Check(html, cancellationToken);
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var document = HtmlShadowRoots.Composed(parser.ParseDocument(html), parser, cancellationToken);
        HtmlStyleSheetHiding.Apply(document, cancellationToken);
        HtmlInvisibleText.Apply(document, cancellationToken);
        var blocks = new List<TextBlock>();
        var mains = document.QuerySelectorAll("main, [role=main]");
        if ((mains.Length == 1 ? mains[0] : document.Body) is { } content)
        {
            var page = HtmlInPageLinks.Of(content);
            Walk(content, blocks, listDepth: 0, new PageLinks(HtmlNotes.Find(page), HtmlContentsEntries.Find(page)), cancellationToken);
        }

        if (blocks.Count == 0 && document.QuerySelector("frameset, frame") is not null)
        {
            // A frameset shows other pages, by their addresses; none is ever fetched.
            throw new UnreadableDocumentException(
                "The HTML page is a frameset: it shows other pages in frames, by their addresses, and holds no text of its own (pages it points to are never fetched). " +
                "Upload the pages that hold the contribution, or save it as DOCX or PDF.");
        }

        return new ReadDocument(Format, blocks, PageFooter: SiteFooter(document));
    }

    /// <summary>
    /// The lines of the site's footer (a <c>footer</c> outside an article or a section, or the <c>contentinfo</c> landmark),
    /// left out of the text as furniture but kept apart: its copyright line may be the only place the page names its owner.
    /// </summary>
    private static string[] SiteFooter(IDocument document) =>
        document.QuerySelectorAll("footer, [role=contentinfo]")
            .Where(f => (f.TagName != "FOOTER" || f.ParentElement?.Closest("article, section, main") is null) && !HtmlHiddenElement.IsHidden(f))
            .SelectMany(f => f.Children.Length > 0 ? f.Children.Select(c => c.TextContent) : [f.TextContent])
            .Select(t => string.Join(' ', t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(t => t.Length > 0)
            .ToArray();

    /// <summary>What the page's in-page links make of some of its blocks: notes, and a table of contents' entries (not read).</summary>
    private sealed record PageLinks(HtmlNotes Notes, HashSet<IElement> ContentsEntries);

    private static void Walk(IElement element, List<TextBlock> blocks, int listDepth, PageLinks links, CancellationToken cancellationToken)
    {
        var notes = links.Notes;
        cancellationToken.ThrowIfCancellationRequested();
        var inline = new StringBuilder();

        void FlushInline()
        {
            Add(inline.ToString(), BlockKind.Paragraph, 0, null, blocks);
            inline.Clear();
        }

        foreach (var node in element.ChildNodes)
        {
            if (node is IText text)
            {
                inline.Append(text.Data);
                continue;
            }

            if (node is not IElement child || IsLeftOut(child) || IsSiteFurniture(child) || links.ContentsEntries.Contains(child))
            {
                continue;
            }

            if (notes.NoteNumber(child) is { } number)
            {
                FlushInline();
                Add(NoteText(child, notes), BlockKind.Footnote, 0, number, blocks);
                continue;
            }

            switch (child.TagName)
            {
                case "H1" or "H2" or "H3" or "H4" or "H5" or "H6":
                    FlushInline();
                    Add(TextOf(child, notes), BlockKind.Heading, child.TagName[1] - '0', null, blocks);
                    break;
                case "OL" or "UL":
                    FlushInline();
                    AddList(child, blocks, listDepth + 1, links, cancellationToken);
                    break;
                case "TABLE":
                    FlushInline();
                    var rows = child.QuerySelectorAll("tr")
                        .Select(row => row.Children.Where(c => c.TagName is "TD" or "TH").Select(c => Clean(TextOf(c, notes))).ToArray())
                        .ToArray();
                    foreach (var block in TableBlocks.Of(rows))
                    {
                        Add(block.Text, block.Kind, block.Level, null, blocks);
                    }

                    break;
                case "BR":
                    inline.Append(' ');
                    break;
                case "HR":
                    FlushInline();
                    break;
                default:
                    if (Blocks.Contains(child.TagName) || HasBlockChildren(child))
                    {
                        FlushInline();
                        if (HasBlockChildren(child))
                        {
                            Walk(child, blocks, listDepth, links, cancellationToken);
                        }
                        else
                        {
                            Add(TextOf(child, notes), BlockKind.Paragraph, 0, null, blocks);
                        }
                    }
                    else
                    {
                        inline.Append(TextOf(child, notes));
                    }

                    break;
            }
        }

        FlushInline();
    }

    /// <summary>
    /// The website around a page's content: its banner, footer and sidebar (outside an article or a section, where a
    /// <c>header</c> holds the article's own title) and its cookie or consent notice.
    /// </summary>
    private static bool IsLeftOut(IElement element) => HtmlUnreadElements.Contains(element.TagName) || HtmlHiddenElement.IsHidden(element);

    private static bool IsSiteFurniture(IElement element)
    {
        var role = element.GetAttribute("role");
        if (role is "banner" or "navigation" or "contentinfo" or "complementary" or "search")
        {
            return true;
        }

        if (element.TagName is "HEADER" or "FOOTER" or "ASIDE" && element.ParentElement?.Closest("article, section, main") is null)
        {
            return true;
        }

        var names = $"{element.Id} {element.ClassName}";
        return names.Contains("cookie", StringComparison.OrdinalIgnoreCase) || names.Contains("consent", StringComparison.OrdinalIgnoreCase);
    }

    private static void AddList(IElement list, List<TextBlock> blocks, int depth, PageLinks links, CancellationToken cancellationToken)
    {
        var notes = links.Notes;
        var ordered = list.TagName == "OL";
        var number = int.TryParse(list.GetAttribute("start"), out var start) ? start : 1;
        var type = list.GetAttribute("type") ?? "1";
        foreach (var item in list.Children.Where(c => c.TagName == "LI" && !HtmlHiddenElement.IsHidden(c) && !links.ContentsEntries.Contains(c)))
        {
            if (int.TryParse(item.GetAttribute("value"), out var value))
            {
                number = value;
            }

            if (notes.NoteNumber(item) is { } note)
            {
                Add(NoteText(item, notes), BlockKind.Footnote, 0, note, blocks);
                continue;
            }

            var label = ordered ? Label(number++, type) : null;
            var own = new StringBuilder();
            foreach (var node in item.ChildNodes)
            {
                if (node is IElement { TagName: "OL" or "UL" } nested)
                {
                    Add(own.ToString(), BlockKind.ListItem, depth, label, blocks);
                    own.Clear();
                    label = null;
                    AddList(nested, blocks, depth + 1, links, cancellationToken);
                }
                else if (node is IElement { TagName: "P" or "DIV" } paragraph && own.Length > 0)
                {
                    own.Append(' ').Append(TextOf(paragraph, notes));
                }
                else if (node is IElement other && !IsLeftOut(other))
                {
                    own.Append(TextOf(other, notes));
                }
                else if (node is IText text)
                {
                    own.Append(text.Data);
                }
            }

            Add(own.ToString(), BlockKind.ListItem, depth, label, blocks);
        }
    }

    private static string Label(int number, string type) => type switch
    {
        "a" => ((char)('a' + (number - 1) % 26)).ToString(),
        "A" => ((char)('A' + (number - 1) % 26)).ToString(),
        "i" => RomanLower(number),
        "I" => RomanLower(number).ToUpperInvariant(),
        _ => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string RomanLower(int number)
    {
        string[] numerals = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv"];
        return number is > 0 and < 16 ? numerals[number] : number.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static bool HasBlockChildren(IElement element) =>
        element.Children.Any(c => Blocks.Contains(c.TagName) || c.TagName is "P" or "OL" or "UL" or "TABLE" or "H1" or "H2" or "H3" or "H4" or "H5" or "H6");

    /// <summary>
    /// Visible text without ignored elements; superscript digits and calls of the page's notes are marked as footnote
    /// calls (<c>&lt;sup&gt;1&lt;/sup&gt;</c>), and a note's link back to its call is left out.
    /// </summary>
    private static string TextOf(IElement element, HtmlNotes notes)
    {
        var text = new StringBuilder();
        foreach (var node in element.ChildNodes)
        {
            switch (node)
            {
                case IText t:
                    text.Append(t.Data);
                    break;
                case IElement { TagName: "BR" }:
                    text.Append(' ');
                    break;
                case IElement call when notes.CallNumber(call) is { } number:
                    text.Append("<sup>").Append(number).Append("</sup>");
                    break;
                case IElement back when notes.IsBackLink(back):
                    break;
                case IElement { TagName: "SUP" } sup:
                    // A superscript around a call (Google Docs: <sup><a href="#ftnt1">[1]</a></sup>) is the call's mark already.
                    var inner = TextOf(sup, notes);
                    text.Append(inner.StartsWith("<sup>", StringComparison.Ordinal) ? inner : $"<sup>{inner}</sup>");
                    break;
                case IElement child when !IsLeftOut(child):
                    text.Append(TextOf(child, notes));
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>A note's text; a note of several paragraphs reads as one, a space between them.</summary>
    private static string NoteText(IElement note, HtmlNotes notes) =>
        note.Children.Length > 1 && note.Children.All(c => c.TagName == "P")
            ? string.Join(' ', note.Children.Select(p => TextOf(p, notes)))
            : TextOf(note, notes);

    private static string Clean(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static void Add(string text, BlockKind kind, int level, string? number, List<TextBlock> blocks)
    {
        var clean = Clean(text);
        if (clean.Length > 0)
        {
            blocks.Add(new TextBlock(clean, kind, level, number));
        }
    }
}
