using System.Buffers;
using System.Text;

namespace Serverless.Shared.Reading;

/// <summary>
/// Takes out of a read document's text the characters that show nothing but split a word for every program that reads
/// it: a zero-width space, word joiner or byte order mark anywhere, a zero-width joiner or non-joiner with nothing but
/// Latin letters, digits or ASCII punctuation beside it, and a soft hyphen between two Latin letters. "Assemblée géné&lt;U+200B&gt;rale" looked like two words, so the requesting body
/// went unfound and the paragraph's words unmatched, though a person sees "Assemblée générale". Between letters of
/// other scripts the joiners shape the text (Arabic, Persian, Indic) and stay; a soft hyphen ending a line stays for
/// the PDF layout, which joins the word's halves. Control characters other than tabs and line breaks (a NUL, a bell,
/// an escape, DEL) and the two noncharacters U+FFFE and U+FFFF show nothing either and are taken out too: a text padded with NUL bytes here and there (fewer than the
/// one in a hundred that makes it binary data) kept them in its paragraphs ("numé\u0000rique"), which split the word and
/// are characters XML may not hold, so a draft report in Word quoting one could not be written.
/// </summary>
public static class InvisibleCharacters
{
    private static readonly SearchValues<char> Any = SearchValues.Create(
        "\u200B\u2060\uFEFF\u200C\u200D\u00AD" +
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017" +
        "\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F\uFFFE\uFFFF");

    /// <summary>The blocks with those characters taken out; the same list when none holds any (the usual case).</summary>
    public static IReadOnlyList<TextBlock> Strip(IReadOnlyList<TextBlock> blocks)
    {
        List<TextBlock>? stripped = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var text = block.Text.AsSpan().ContainsAny(Any) ? Strip(block.Text) : block.Text;
            if (stripped is null && ReferenceEquals(text, block.Text))
            {
                continue;
            }

            stripped ??= [.. blocks.Take(i)];
            stripped.Add(ReferenceEquals(text, block.Text) ? block : block with { Text = text });
        }

        return stripped ?? blocks;
    }

    /// <summary>The text without the characters that split a word invisibly; the same string when it has none to take out.</summary>
    public static string Strip(string text)
    {
        if (!text.AsSpan().ContainsAny(Any))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var remove = c switch
            {
                '\u200B' or '\u2060' or '\uFEFF' => true,
                <= '\u0008' or (>= '\u000E' and <= '\u001F') or '\u007F' or '\uFFFE' or '\uFFFF' => true,
                '\u200C' or '\u200D' => JoinsNothing(text, i - 1) && JoinsNothing(text, i + 1),
                '\u00AD' => i > 0 && i + 1 < text.Length && IsLatinLetter(text[i - 1]) && IsLatinLetter(text[i + 1]),
                _ => false,
            };
            if (!remove)
            {
                builder.Append(c);
            }
        }

        return builder.Length == text.Length ? text : builder.ToString();
    }

    private static bool IsLatinLetter(char c) => c <= '\u024F' && char.IsLetter(c);

    /// <summary>
    /// True when a joiner beside position <paramref name="at"/> can shape nothing there: the text's start or end, or a
    /// character of the Latin range (ASCII digits and punctuation, Latin letters), where no letters join and no emoji
    /// sequence is made. A joiner beside "13" or "(b" hid the paragraph's number from the segmenter.
    /// </summary>
    private static bool JoinsNothing(string text, int at) => at < 0 || at >= text.Length || text[at] <= '\u024F';
}
