using System.Globalization;
using System.Text;

namespace Serverless.Shared.Reading;

/// <summary>
/// Writes read text in Unicode's composed form (NFC), the form the language files, the body names and the catalogue
/// are written in. The same "é" can also arrive as "e" and a combining accent (NFD: text from macOS tools, some PDF
/// producers, copied from a PDF viewer); "Assemblée générale" spelt that way matched no word of the French file, so a
/// paragraph got no action line and no body though a person reads the same words.
/// Two things are settled first, since normalising would choke on them: an unpaired surrogate (no character at all; a
/// PDF's font map can produce one) becomes U+FFFD, and a run of combining marks on one letter is cut to
/// <see cref="MaxCombiningMarks"/>. Writing systems put a few marks on a letter (Vietnamese two, Tibetan stacks a
/// handful); "Zalgo" text piles hundreds or thousands on one letter to smear over the lines around it, and reordering
/// such a run costs time in the square of its length (80,000 marks took 3 s, a megabyte of them would take minutes).
/// Ligature characters become the letters they join (<see cref="Ligatures"/>): like a decomposed accent, they hide
/// a word a person reads plainly.
/// </summary>
public static class ComposedText
{
    /// <summary>Unicode's stream-safe text format (UAX #15) bounds a run of combining marks at 30.</summary>
    public const int MaxCombiningMarks = 30;

    /// <summary>The blocks in composed form; the same list when every block already is (the usual case).</summary>
    public static IReadOnlyList<TextBlock> Compose(IReadOnlyList<TextBlock> blocks)
    {
        List<TextBlock>? composed = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var text = Compose(block.Text);
            if (composed is null && ReferenceEquals(text, block.Text))
            {
                continue;
            }

            composed ??= [.. blocks.Take(i)];
            composed.Add(ReferenceEquals(text, block.Text) ? block : block with { Text = text });
        }

        return composed ?? blocks;
    }

    /// <summary>The text in composed form; the same string when it already is.</summary>
    public static string Compose(string text)
    {
        // Below U+0300 every character is a composed starter: most text is settled here without a copy.
        if (!text.AsSpan().ContainsAnyInRange('\u0300', '\uffff'))
        {
            return text;
        }

        var settled = Ligatures.Decompose(NeedsSettling(text) ? Settle(text) : text);
        return settled.IsNormalized(NormalizationForm.FormC) ? settled : settled.Normalize(NormalizationForm.FormC);
    }

    private static bool NeedsSettling(string text)
    {
        var marks = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsSurrogate(c))
            {
                if (!char.IsHighSurrogate(c) || i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return true;
                }

                marks = IsMark(Rune.GetUnicodeCategory(new Rune(c, text[++i]))) ? marks + 1 : 0;
            }
            else
            {
                marks = IsMark(c) ? marks + 1 : 0;
            }

            if (marks > MaxCombiningMarks)
            {
                return true;
            }
        }

        return false;
    }

    private static string Settle(string text)
    {
        var builder = new StringBuilder(text.Length);
        var marks = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                // Marks outside the first plane (musical symbols, some historic scripts) count as marks too.
                var rune = new Rune(c, text[i + 1]);
                marks = IsMark(Rune.GetUnicodeCategory(rune)) ? marks + 1 : 0;
                if (marks <= MaxCombiningMarks)
                {
                    builder.Append(c).Append(text[i + 1]);
                }

                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                builder.Append('\uFFFD');
                marks = 0;
                continue;
            }

            marks = IsMark(c) ? marks + 1 : 0;
            if (marks <= MaxCombiningMarks)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsMark(char c) => c >= '\u0300' && IsMark(CharUnicodeInfo.GetUnicodeCategory(c));

    private static bool IsMark(UnicodeCategory category) =>
        category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
