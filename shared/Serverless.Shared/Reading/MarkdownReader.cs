using Markdig;
using Markdig.Syntax;

namespace Serverless.Shared.Reading;

/// <summary>Markdown through Markdig: headings, paragraphs, list items with their numbers, tables as text rows, the front matter's title, authors and date.</summary>
public sealed class MarkdownReader : IDocumentReader
{
    /// <summary>The Markdig pipeline the reader parses with (internal so the benchmarks can time Markdig alone).</summary>
    internal static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseFootnotes()
        .UseYamlFrontMatter()
        .Build();

    public string Format => "markdown";

    public bool CanRead(DocumentSource source) =>
        source.Sniffed == SniffedFormat.Unknown &&
        (source.Extension is ".md" or ".markdown" || source.DeclaresType("text/markdown", "text/x-markdown"));

    public ReadDocument Read(DocumentSource source, CancellationToken cancellationToken = default)
    {
        ReadingLimits.EnsureAcceptableSize(source);
        // CommonMark turns a NUL into U+FFFD, which would then stand in the word as a letter; it is no text, as it is nowhere.
        var text = MarkdownLineBreaks.Normalise(TextDecoder.Decode(source.Content.Span)).Replace("\0", string.Empty, StringComparison.Ordinal);
        ReadingLimits.EnsureNoLongLine(text);
        MarkdownComplexityGuard.Check(text, cancellationToken);
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(text, Pipeline);
        }
        catch (ArgumentException exception)
        {
            // Markdig's own depth limit ("too deeply nested"): brackets or emphasis marks opened hundreds of thousands of times.
            throw MarkdownComplexityGuard.TooDeep(exception);
        }

        // In chunks: a list of the blocks of a long document was an array on the large object heap.
        var blocks = new ChunkedList<TextBlock>();
        var inlineText = new MarkdownInlineText();
        foreach (var block in document)
        {
            cancellationToken.ThrowIfCancellationRequested();
            AddBlock(block, blocks, inlineText, listDepth: 0, listNumber: null);
        }

        return new ReadDocument(Format, blocks);
    }

    private static void AddBlock(Block block, ChunkedList<TextBlock> blocks, MarkdownInlineText inlineText, int listDepth, string? listNumber)
    {
        // Markdig's block classes are not sealed, so every `is` test that misses walks the class hierarchy (a fifth of
        // this walk's time in a profile); the three commonest types are settled by comparing the exact type first.
        var type = block.GetType();
        if (type == typeof(ParagraphBlock))
        {
            AddParagraph((ParagraphBlock)block, blocks, inlineText, listDepth, listNumber);
        }
        else if (type == typeof(ListBlock))
        {
            AddList((ListBlock)block, blocks, inlineText, listDepth);
        }
        else if (type == typeof(HeadingBlock))
        {
            AddHeading((HeadingBlock)block, blocks, inlineText);
        }
        else
        {
            AddOtherBlock(block, blocks, inlineText, listDepth, listNumber);
        }
    }

    private static void AddParagraph(ParagraphBlock paragraph, ChunkedList<TextBlock> blocks, MarkdownInlineText inlineText, int listDepth, string? listNumber) =>
        blocks.Add(listDepth > 0
            ? new TextBlock(inlineText.Of(paragraph.Inline), BlockKind.ListItem, listDepth, listNumber)
            : new TextBlock(inlineText.Of(paragraph.Inline), BlockKind.Paragraph));

    private static void AddHeading(HeadingBlock heading, ChunkedList<TextBlock> blocks, MarkdownInlineText inlineText) =>
        blocks.Add(new TextBlock(inlineText.Of(heading.Inline), BlockKind.Heading, heading.Level));

    private static void AddList(ListBlock list, ChunkedList<TextBlock> blocks, MarkdownInlineText inlineText, int listDepth)
    {
        var number = int.TryParse(list.OrderedStart, out var start) ? start : 1;
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is not ListItemBlock item)
            {
                continue;
            }

            var itemNumber = list.IsOrdered ? (number++).ToString() : null;
            for (var j = 0; j < item.Count; j++)
            {
                AddBlock(item[j], blocks, inlineText, listDepth + 1, itemNumber);
                itemNumber = null;
            }
        }
    }

    /// <summary>The rarer blocks, and subclasses of the common ones that extensions may define.</summary>
    private static void AddOtherBlock(Block block, ChunkedList<TextBlock> blocks, MarkdownInlineText inlineText, int listDepth, string? listNumber)
    {
        switch (block)
        {
            case ParagraphBlock paragraph:
                AddParagraph(paragraph, blocks, inlineText, listDepth, listNumber);
                break;
            case ListBlock list:
                AddList(list, blocks, inlineText, listDepth);
                break;
            case HeadingBlock heading:
                AddHeading(heading, blocks, inlineText);
                break;
            case Markdig.Extensions.Yaml.YamlFrontMatterBlock frontMatter:
                foreach (var frontBlock in MarkdownFrontMatter.Blocks(frontMatter.Lines.Lines.Take(frontMatter.Lines.Count).Select(l => l.Slice.ToString())))
                {
                    blocks.Add(frontBlock);
                }

                break;
            case Markdig.Extensions.Tables.Table table:
                var rows = table.OfType<Markdig.Extensions.Tables.TableRow>()
                    .Select(row => row.OfType<Markdig.Extensions.Tables.TableCell>()
                        .Select(c => string.Join(' ', c.OfType<ParagraphBlock>().Select(p => inlineText.Of(p.Inline))))
                        .ToArray())
                    .ToArray();
                foreach (var tableBlock in TableBlocks.Of(rows))
                {
                    blocks.Add(tableBlock);
                }

                break;
            case Markdig.Extensions.Footnotes.FootnoteGroup group:
                foreach (var footnote in group.OfType<Markdig.Extensions.Footnotes.Footnote>())
                {
                    var text = string.Join(' ', footnote.OfType<ParagraphBlock>().Select(p => inlineText.Of(p.Inline)));
                    blocks.Add(new TextBlock(text, BlockKind.Footnote, Number: footnote.Order.ToString()));
                }

                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    AddBlock(child, blocks, inlineText, listDepth, listNumber);
                }

                break;
            case HtmlBlock html:
                // Raw HTML: its text, never its markup or script (MarkdownHtmlText).
                var visible = html.Lines.Count > 0 ? MarkdownHtmlText.Of(html.Lines.ToString()) : "";
                if (visible.Length > 0)
                {
                    blocks.Add(new TextBlock(visible, BlockKind.Paragraph));
                }

                break;
            case LeafBlock leaf when leaf.Lines.Count > 0:
                blocks.Add(new TextBlock(leaf.Lines.ToString().Trim(), BlockKind.Paragraph));
                break;
        }
    }
}
