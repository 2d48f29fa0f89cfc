using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Serverless.Shared.Classification;

/// <summary>
/// Folds text for matching in both languages: lower case, no accents, typographic apostrophes and dashes
/// made plain, everything that is not a letter or digit turned into a single space.
/// </summary>
public static class TextNormaliser
{
    /// <summary>Folded form of every char below U+0250, computed once: '\0' marks a separator.</summary>
    private static readonly char[] FoldTable = BuildFoldTable();

    public static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length + 2);
        folded.Append(' ');
        var lastWasSpace = true;
        foreach (var c in text)
        {
            var f = FoldChar(c);
            if (f != '\0')
            {
                folded.Append(f);
                if (c is 'œ' or 'Œ' or 'æ' or 'Æ')
                {
                    // Ligatures spell out: œ -> oe, æ -> ae.
                    folded.Append('e');
                }

                lastWasSpace = false;
            }
            else if (!lastWasSpace)
            {
                folded.Append(' ');
                lastWasSpace = true;
            }
        }

        if (!lastWasSpace)
        {
            folded.Append(' ');
        }

        return folded.ToString();
    }

    /// <summary>
    /// The lower-case, accent-free form of a letter or digit, or '\0' for anything else. Ligatures fold to
    /// their first letter (<c>œ</c> to <c>o</c>); callers that need both letters append the second.
    /// </summary>
    /// <remarks>Inlined into the tokeniser's loop (it runs at every char of every paragraph); the rare char past the table is folded out of line.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char FoldChar(char c)
    {
        var table = FoldTable;
        return c < (uint)table.Length ? table[c] : FoldOther(c);
    }

    private static char FoldOther(char c) => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '\0';

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC' or '\u2018';

    private static char[] BuildFoldTable()
    {
        var table = new char[0x250];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)i;
            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }

            table[i] = c switch
            {
                'œ' or 'Œ' => 'o',
                'æ' or 'Æ' => 'a',
                'ß' => 's',
                _ => FirstBaseLetter(c),
            };
        }

        return table;
    }

    private static char FirstBaseLetter(char c)
    {
        foreach (var d in c.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
            {
                return char.ToLowerInvariant(d);
            }
        }

        return char.ToLowerInvariant(c);
    }
}
