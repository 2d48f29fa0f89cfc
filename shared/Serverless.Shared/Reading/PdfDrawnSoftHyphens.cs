namespace Serverless.Shared.Reading;

/// <summary>
/// Characters a producer wrote for a glyph that its font shares between two code points, picking the one no text
/// means. A font's hyphen glyph serves U+002D and the soft hyphen U+00AD, and its centred dot U+00B7 and the bullet
/// operator U+2219; a producer that writes its text map from the font's own table may take the second of each, so every
/// hyphen it draws reads as a soft hyphen (<c>Secretary­General</c>, <c>twenty­five</c>), which shows nothing and was
/// taken out (<c>SecretaryGeneral</c>), and a dot between two words as a mathematical operator. A soft hyphen shows only
/// where a line divides a word, so a document that has one inside a line, glued to a letter or digit on both sides, draws its hyphens
/// so: all of its soft hyphens are read as hyphens, those ending a line too (a compound broken there, settled as any
/// hyphen ending a line is). A document whose soft hyphens all end their lines divides words there (ConTeXt) and keeps
/// them. A bullet operator standing alone between words is read as the centred dot.
/// </summary>
internal static class PdfDrawnSoftHyphens
{
    public static void Apply(IReadOnlyList<PdfPageLines> pages)
    {
        // Cheap first look: most documents have neither character.
        if (!pages.Any(p => p.Lines.Any(l => l.Text.AsSpan().ContainsAny('\u00AD', '\u2219'))))
        {
            return;
        }

        var hyphens = pages.Any(p => p.Lines.Any(l => InsideTheLine(l.Text)));
        foreach (var page in pages)
        {
            for (var i = 0; i < page.Lines.Count; i++)
            {
                var text = page.Lines[i].Text;
                var read = (hyphens ? text.Replace('\u00AD', '-') : text).Replace(" \u2219 ", " \u00B7 ", StringComparison.Ordinal);
                if (!ReferenceEquals(read, text) && read != text)
                {
                    page.Lines[i] = page.Lines[i] with { Text = read };
                }
            }
        }
    }

    private static bool InsideTheLine(string text)
    {
        for (var at = text.IndexOf('\u00AD', StringComparison.Ordinal); at >= 0; at = text.IndexOf('\u00AD', at + 1))
        {
            // Glued to a word on both sides: a division ending a table cell's line, read with the row, has a space after.
            if (at > 0 && at + 1 < text.Length && char.IsLetterOrDigit(text[at - 1]) && char.IsLetterOrDigit(text[at + 1]))
            {
                return true;
            }
        }

        return false;
    }
}
