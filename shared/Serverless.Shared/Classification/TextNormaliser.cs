using System.Globalization;
using System.Text;

namespace Serverless.Shared.Classification;

/// <summary>
/// Folds text for matching in both languages: lower case, no accents, typographic apostrophes and dashes
/// made plain, everything that is not a letter or digit turned into a single space.
/// </summary>
public static class TextNormaliser
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length + 2);
        folded.Append(' ');
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                folded.Append(char.ToLowerInvariant(c));
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
}
