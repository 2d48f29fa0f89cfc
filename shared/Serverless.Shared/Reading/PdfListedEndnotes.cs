using System.Text.RegularExpressions;

namespace Serverless.Shared.Reading;

/// <summary>
/// Notes listed after the text in the text's own type: a page printed from HTML (dompdf, HTMLDOC, TCPDF, a
/// browser) sets its endnotes as an ordered list after the last paragraph, often under a bare rule, so nothing but
/// their place and their numbers tells them from paragraphs. The document's last blocks, numbered 1, 2, ... n in
/// order (a numbering of their own, after the text's), each number called by a raised call in the text before them
/// and answered by no note yet, are those notes. A numbered list that ends a document stays a list when any of its
/// numbers is not called (a call is a number set raised after a word), and so do numbered paragraphs that call notes
/// themselves.
/// </summary>
internal static partial class PdfListedEndnotes
{
    public static void Apply(List<TextBlock> blocks)
    {
        // Cheap first look: the document ends with a block numbered as an item (most documents end otherwise).
        if (blocks.Count < 2 || blocks[^1] is not { Kind: BlockKind.Paragraph or BlockKind.ListItem, Number: { } last } ||
            !int.TryParse(last, out var count) || count is < 1 or > 99)
        {
            return;
        }

        var first = blocks.Count - count;
        if (first < 1)
        {
            return;
        }

        for (var i = first; i < blocks.Count; i++)
        {
            if (blocks[i] is not { Kind: BlockKind.Paragraph or BlockKind.ListItem } item || item.Number != (i - first + 1).ToString())
            {
                return;
            }
        }

        var called = new HashSet<string>(StringComparer.Ordinal);
        var answered = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < first; i++)
        {
            if (blocks[i].Kind == BlockKind.Footnote)
            {
                answered.Add(blocks[i].Number ?? string.Empty);
            }
            else
            {
                foreach (Match call in RaisedCall().Matches(blocks[i].Text))
                {
                    called.Add(call.Groups["n"].Value);
                }
            }
        }

        for (var n = 1; n <= count; n++)
        {
            if (!called.Contains(n.ToString()) || answered.Contains(n.ToString()))
            {
                return;
            }
        }

        for (var i = first; i < blocks.Count; i++)
        {
            blocks[i] = new TextBlock(blocks[i].Text, BlockKind.Footnote, Number: blocks[i].Number, Page: blocks[i].Page);
        }
    }

    [GeneratedRegex(@"<sup>(?<n>\d{1,3})</sup>")]
    private static partial Regex RaisedCall();
}
