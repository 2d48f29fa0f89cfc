using System.Globalization;
using Serverless.Shared.Segmentation;

namespace Serverless.Shared.Pipeline;

/// <summary>
/// Makes every paragraph fit in a table row (<see cref="Storage.ParagraphEntity.MaxTextLength"/> characters): a longer
/// one is split into consecutive parts, each ending at a sentence end where there is one, else at a space, and the
/// document says so in its warnings. Text is never dropped: before this, a 20 MB text on one line was stored as its
/// first 32,000 characters.
/// </summary>
public static class LongParagraphSplitter
{
    /// <summary>The paragraphs, re-indexed, and a warning in words when any had to be split (else null).</summary>
    public static (IReadOnlyList<Paragraph> Paragraphs, string? Warning) Split(IReadOnlyList<Paragraph> paragraphs, int maxLength)
    {
        if (paragraphs.All(p => p.Text.Length <= maxLength))
        {
            return (paragraphs, null);
        }

        var result = new List<Paragraph>(paragraphs.Count);
        var split = 0;
        var longest = 0;
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.Text.Length <= maxLength)
            {
                result.Add(paragraph with { Index = result.Count });
                continue;
            }

            split++;
            longest = Math.Max(longest, paragraph.Text.Length);
            var first = true;
            foreach (var part in Parts(paragraph.Text, maxLength))
            {
                // The document's own number and footnote calls belong to the paragraph's start.
                result.Add(paragraph with
                {
                    Index = result.Count,
                    Text = part,
                    Number = first ? paragraph.Number : null,
                    Footnotes = first ? paragraph.Footnotes : null,
                });
                first = false;
            }
        }

        var warning = string.Create(
            CultureInfo.InvariantCulture,
            $"{split} paragraph(s) longer than {maxLength:N0} characters (the longest {longest:N0}) were split into parts at sentence ends; no text was left out.");
        return (result, warning);
    }

    private static IEnumerable<string> Parts(string text, int maxLength)
    {
        var start = 0;
        while (text.Length - start > maxLength)
        {
            var end = CutPoint(text, start, maxLength);
            var part = text[start..end].Trim();
            if (part.Length > 0)
            {
                yield return part;
            }

            start = end;
        }

        var rest = text[start..].Trim();
        if (rest.Length > 0)
        {
            yield return rest;
        }
    }

    /// <summary>Where a part starting at <paramref name="start"/> ends: after the last sentence end, else the last space, else at the limit.</summary>
    private static int CutPoint(string text, int start, int maxLength)
    {
        var limit = start + maxLength;

        // Not too short a part: a sentence end in the second half of the window, else a space in it.
        var floor = start + (maxLength / 2);
        for (var i = limit - 1; i > floor; i--)
        {
            if (text[i] is '.' or '!' or '?' or ';' && char.IsWhiteSpace(text[i + 1]))
            {
                return i + 1;
            }
        }

        for (var i = limit - 1; i > floor; i--)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        // One word longer than the window: cut, never inside a surrogate pair.
        return char.IsLowSurrogate(text[limit]) ? limit - 1 : limit;
    }
}
