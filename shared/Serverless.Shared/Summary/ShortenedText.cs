using System.Globalization;

namespace Serverless.Shared.Summary;

/// <summary>
/// Where the summary and the report shorten what they quote (a title, a highlight, a long sentence): never inside a
/// letter as a reader sees it. Cut by characters, a quote of emoji, of another script's letters past U+FFFF or of
/// letters with their accents apart kept half of the last one: a lone surrogate, which JSON and the reports write as
/// U+FFFD, an emoji without its skin tone or the rest of its sequence, an accent without its letter.
/// </summary>
public static class ShortenedText
{
    /// <summary>
    /// The start of <paramref name="text"/> up to its last space at or before <paramref name="max"/> characters; a text
    /// with no space there (words joined by underscores or dashes, a script written without spaces, a run of emoji) up
    /// to its last whole letter within <paramref name="max"/>. Before, such a title threw, and with it the year's compile.
    /// </summary>
    public static string AtWord(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var space = text.LastIndexOf(' ', max);
        return space > 0 ? text[..space] : AtWholeLetter(text, max);
    }

    /// <summary>The longest start of <paramref name="text"/> of at most <paramref name="max"/> characters that ends between two whole letters.</summary>
    public static string AtWholeLetter(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var end = 0;
        while (end < text.Length)
        {
            var next = end + StringInfo.GetNextTextElementLength(text, end);
            if (next > max)
            {
                break;
            }

            end = next;
        }

        return text[..end];
    }
}
