namespace Serverless.Shared.Reading;

/// <summary>
/// The bullets word processors draw from symbol fonts, given back as the characters they show. Word's bullet library
/// draws its bullets with the Symbol and Wingdings fonts, whose glyphs sit in the Private Use Area (U+F020-F0FF): a
/// PDF Word exports maps its round bullet to U+F0B7 and its square one to U+F0A7, and a text pasted from it keeps
/// them, so a list item opened on <c>U+F0B7</c> was read as a paragraph starting with an unknown character. Also the
/// characters a list marker may be (<see cref="Characters"/>), one list for every format's reader.
/// </summary>
public static class SymbolFontBullets
{
    /// <summary>The characters that open a bulleted list item when a space or a tab follows them.</summary>
    public const string Characters = "•◦▪▫■□●○‣⁃➢►✓❖◆";

    /// <summary>The character Word's level-two bullet is drawn with (Courier New's letter o, a tab after it).</summary>
    public const string LetterBullet = "o";

    /// <summary>What the letter bullet is read as.</summary>
    public const string WhiteBullet = "◦";

    // Symbol's and Wingdings' codes in the Private Use Area, and the characters their glyphs show.
    private static readonly Dictionary<char, char> Shown = new()
    {
        ['\uF0B7'] = '•', // Symbol: bullet
        ['\uF0A7'] = '▪', // Wingdings: small square
        ['\uF06E'] = '■', // Wingdings: black square
        ['\uF071'] = '□', // Wingdings: shadowed white square
        ['\uF075'] = '◆', // Wingdings: black diamond
        ['\uF076'] = '❖', // Wingdings: diamond minus white X
        ['\uF0D8'] = '➢', // Wingdings: three-D arrowhead
        ['\uF0FC'] = '✓', // Wingdings: check mark
        ['\uF0A8'] = '□', // Wingdings: white square
    };

    /// <summary>Whether <paramref name="c"/> opens a bulleted item (a typographic bullet, or a symbol font's in the Private Use Area).</summary>
    public static bool IsBullet(char c) => Characters.Contains(c) || Shown.ContainsKey(c);

    /// <summary><paramref name="text"/> with each symbol font's bullet given as the character it shows; the same string when it holds none.</summary>
    public static string Replace(string text)
    {
        if (!HasPrivateUse(text))
        {
            return text;
        }

        return string.Create(text.Length, text, static (chars, read) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = Shown.TryGetValue(read[i], out var shown) ? shown : read[i];
            }
        });
    }

    private static bool HasPrivateUse(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\uF020' and <= '\uF0FF')
            {
                return true;
            }
        }

        return false;
    }
}
