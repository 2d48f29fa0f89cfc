namespace Serverless.Shared.Reading;

/// <summary>
/// A paragraph whose last line at the foot of a page ends with a hyphen after a letter goes on atop a later page (a
/// word divided there, <c>infor-</c> + <c>mation</c>, or a compound, <c>thirty-</c> + <c>eight</c>): no paragraph
/// ends with a hyphen, so the first paragraph of the next page that opens with a small letter is its rest, whatever
/// notes stand between. Joined here as a wrapped line is (<see cref="PdfBodyAssembler.LineEndHyphen"/>), the hyphen is
/// settled with the document's words like any other; cut at the page, the two parts were joined later with a space
/// (<c>thirty- eight</c>).
/// </summary>
internal static class PdfPageBreakDivisions
{
    public static void Join(List<TextBlock> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var first = blocks[i];
            if (first.Kind is BlockKind.Heading or BlockKind.Table or BlockKind.Footnote || !EndsDivided(first.Text))
            {
                continue;
            }

            var next = i + 1;
            while (next < blocks.Count && blocks[next].Kind is BlockKind.Footnote)
            {
                next++;
            }

            if (next < blocks.Count && blocks[next] is { Kind: BlockKind.Paragraph or BlockKind.Line, Number: null } rest &&
                rest.Page > first.Page && rest.Text.Length > 0 && char.IsLower(rest.Text[0]))
            {
                blocks[i] = first with { Text = first.Text + PdfBodyAssembler.LineEndHyphen + rest.Text };
                blocks.RemoveAt(next);
            }
        }
    }

    private static bool EndsDivided(string text) => text.Length > 1 && text[^1] == '-' && char.IsLetter(text[^2]);
}
