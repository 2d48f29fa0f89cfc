using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using System.Text;

namespace Serverless.Shared.Reading;

/// <summary>Markdown through Markdig: headings, paragraphs, list items with their numbers, tables as text rows.</summary>
public sealed class MarkdownReader : IDocumentReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseFootnotes()
        .Build();

    public string Format => "markdown";

    public bool CanRead(DocumentSource source) =>
        source.Sniffed == SniffedFormat.Unknown &&
        (source.Extension is ".md" or ".markdown" || source.DeclaresType("text/markdown", "text/x-markdown"));

    public ReadDocument Read(DocumentSource source, CancellationToken cancellationToken = default)
    {
        ReadingLimits.EnsureAcceptableSize(source);
        var text = TextDecoder.Decode(source.Content.Span);
        var document = Markdown.Parse(text, Pipeline);
        var blocks = new List<TextBlock>();
        foreach (var block in document)
        {
            cancellationToken.ThrowIfCancellationRequested();
            AddBlock(block, blocks, listDepth: 0, listNumber: null);
        }

        return new ReadDocument(Format, blocks);
    }

    private static void AddBlock(Block block, List<TextBlock> blocks, int listDepth, string? listNumber)
    {
        switch (block)
        {
            case HeadingBlock heading:
                blocks.Add(new TextBlock(InlineText(heading.Inline), BlockKind.Heading, heading.Level));
                break;
            case ParagraphBlock paragraph when listDepth > 0:
                blocks.Add(new TextBlock(InlineText(paragraph.Inline), BlockKind.ListItem, listDepth, listNumber));
                listNumber = null;
                break;
            case ParagraphBlock paragraph:
                blocks.Add(new TextBlock(InlineText(paragraph.Inline), BlockKind.Paragraph));
                break;
            case ListBlock list:
                var number = int.TryParse(list.OrderedStart, out var start) ? start : 1;
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    var itemNumber = list.IsOrdered ? (number++).ToString() : null;
                    foreach (var child in item)
                    {
                        AddBlock(child, blocks, listDepth + 1, itemNumber);
                        itemNumber = null;
                    }
                }

                break;
            case Markdig.Extensions.Tables.Table table:
                foreach (var row in table.OfType<Markdig.Extensions.Tables.TableRow>())
                {
                    var cells = row.OfType<Markdig.Extensions.Tables.TableCell>()
                        .Select(c => string.Join(' ', c.OfType<ParagraphBlock>().Select(p => InlineText(p.Inline))));
                    blocks.Add(new TextBlock(string.Join(" | ", cells), BlockKind.Table));
                }

                break;
            case Markdig.Extensions.Footnotes.FootnoteGroup group:
                foreach (var footnote in group.OfType<Markdig.Extensions.Footnotes.Footnote>())
                {
                    var text = string.Join(' ', footnote.OfType<ParagraphBlock>().Select(p => InlineText(p.Inline)));
                    blocks.Add(new TextBlock(text, BlockKind.Footnote, Number: footnote.Order.ToString()));
                }

                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    AddBlock(child, blocks, listDepth, listNumber);
                }

                break;
            case LeafBlock leaf when leaf.Lines.Count > 0:
                blocks.Add(new TextBlock(leaf.Lines.ToString().Trim(), BlockKind.Paragraph));
                break;
        }
    }

    private static string InlineText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        foreach (var child in inline.Descendants())
        {
            switch (child)
            {
                case LiteralInline literal:
                    text.Append(literal.Content);
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded);
                    break;
                case AutolinkInline autolink:
                    text.Append(autolink.Url);
                    break;
                case HtmlInline html when SuperscriptTag(html.Tag):
                    // Kept so that the layout rules see footnote calls (<sup>3</sup>) as in the other formats.
                    text.Append(html.Tag.Trim().ToLowerInvariant());
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
            }
        }

        return CollapseWhiteSpace(text);
    }

    /// <summary>
    /// White-space runs become one space, ends trimmed (as splitting on white space and joining the words with
    /// spaces), in one pass: splitting made a string of every word of the document.
    /// </summary>
    private static string CollapseWhiteSpace(StringBuilder text)
    {
        var result = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var chunk in text.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = result.Length > 0;
                    continue;
                }

                if (pendingSpace)
                {
                    result.Append(' ');
                    pendingSpace = false;
                }

                result.Append(c);
            }
        }

        return result.ToString();
    }

    private static bool SuperscriptTag(string tag) =>
        tag.Trim() is { } t && (t.Equals("<sup>", StringComparison.OrdinalIgnoreCase) || t.Equals("</sup>", StringComparison.OrdinalIgnoreCase));
}
