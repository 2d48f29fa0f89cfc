using System.Globalization;
using System.Text;
using Serverless.Shared.Reading;

namespace Serverless.Shared.Documents;

/// <summary>
/// One spelling per contributing entity, whichever door its name came through (a folder of the blob name, the upload
/// routes, blob metadata, a correction): the summary counts contributors by that name, so two spellings a reader cannot
/// tell apart were two contributors side by side. A name is kept composed (NFC: "Société" typed on macOS arrives as
/// "Socie" and a combining accent), and refused when it is built to look like another: characters that show nothing, a
/// letter buried under marks, or a word mixing Latin, Greek and Cyrillic letters ("UNЕSCO" with a Cyrillic Е,
/// "Generаl Assembly" with a Cyrillic а). No name is written in two of those alphabets within one word.
/// </summary>
public static class EntitySpelling
{
    /// <summary>More marks on one letter than any name carries once composed (Vietnamese keeps one, Devanagari a few).</summary>
    public const int MaxMarksOnALetter = 3;

    private enum Alphabet
    {
        Other,
        Latin,
        Greek,
        Cyrillic,
    }

    /// <summary>The name as stored: trimmed and composed.</summary>
    public static string Canonical(string name) => ComposedText.Compose(name.Trim());

    /// <summary>Why <paramref name="name"/> cannot be an entity's name because of how it is spelt, or null when it can.</summary>
    public static string? Problem(string name)
    {
        var composed = Canonical(name);
        if (!ReferenceEquals(InvisibleCharacters.Strip(composed), composed))
        {
            return "The entity holds characters that show nothing (a zero-width space or joiner, a soft hyphen, a byte order mark); type the name again without them.";
        }

        if (LongestMarkRun(composed) > MaxMarksOnALetter)
        {
            return $"The entity piles more than {MaxMarksOnALetter} accents or marks on one letter; give the name as it is written.";
        }

        return MixedWord(composed) is { } word
            ? $"The entity mixes letters of different alphabets in the word '{word}' (a Cyrillic or Greek letter that looks Latin, or the reverse); type the name again in one alphabet."
            : null;
    }

    private static int LongestMarkRun(string text)
    {
        var (run, longest) = (0, 0);
        foreach (var rune in text.EnumerateRunes())
        {
            run = Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                ? run + 1
                : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    /// <summary>The first word whose letters come from more than one of the look-alike alphabets, or null.</summary>
    private static string? MixedWord(string text)
    {
        var start = 0;
        var seen = Alphabet.Other;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || !char.IsLetterOrDigit(text[i]) && !char.IsSurrogate(text[i]) && CharUnicodeInfo.GetUnicodeCategory(text[i]) is not
                    (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark))
            {
                (start, seen) = (i + 1, Alphabet.Other);
                continue;
            }

            var alphabet = AlphabetOf(text[i]);
            if (alphabet == Alphabet.Other)
            {
                continue;
            }

            if (seen != Alphabet.Other && seen != alphabet)
            {
                var end = i;
                while (end < text.Length && char.IsLetterOrDigit(text[end]))
                {
                    end++;
                }

                return text[start..end];
            }

            seen = alphabet;
        }

        return null;
    }

    private static Alphabet AlphabetOf(char c) => c switch
    {
        >= 'A' and <= 'Z' or >= 'a' and <= 'z' => Alphabet.Latin,
        >= '\u00C0' and <= '\u024F' when char.IsLetter(c) => Alphabet.Latin,
        >= '\u1E00' and <= '\u1EFF' => Alphabet.Latin,
        >= '\u0370' and <= '\u03FF' when char.IsLetter(c) => Alphabet.Greek,
        >= '\u1F00' and <= '\u1FFF' => Alphabet.Greek,
        >= '\u0400' and <= '\u052F' => Alphabet.Cyrillic,
        _ => Alphabet.Other,
    };
}
