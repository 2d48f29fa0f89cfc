using System.Text.RegularExpressions;

namespace Serverless.Shared.Reading;

/// <summary>
/// Notes written in brackets, as text typed without a word processor gives them (plain text printed as it is, a
/// report written by a script): a call glued to the word or punctuation it follows (<c>the Summit.[1]</c>) and, further
/// on, a paragraph opened by the same number in brackets (<c>[1] See General Assembly resolution ...</c>). Where both
/// are there, the call is a footnote call (marked as the other readers mark one, for the segmenter to take out of the
/// text) and the paragraph is that footnote. A bracketed number with no note to answer it (a reference to a list, a
/// citation) stays as written, and so does a bracketed paragraph that no call before it names.
/// </summary>
internal static partial class PdfBracketedNotes
{
    public static void Apply(List<TextBlock> blocks)
    {
        // The calls seen so far, in reading order: a note answers a call made before it.
        var called = new HashSet<string>(StringComparer.Ordinal);
        var notes = new Dictionary<int, string>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Kind is BlockKind.Paragraph && NoteOpening().Match(block.Text) is { Success: true } opening &&
                called.Contains(opening.Groups["n"].Value))
            {
                notes[i] = opening.Groups["n"].Value;
                continue;
            }

            if (block.Kind is not BlockKind.Footnote and not BlockKind.Table)
            {
                foreach (Match call in Call().Matches(block.Text))
                {
                    called.Add(call.Groups["n"].Value);
                }
            }
        }

        if (notes.Count == 0)
        {
            return;
        }

        var answered = notes.Values.ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (notes.TryGetValue(i, out var number))
            {
                blocks[i] = new TextBlock(NoteOpening().Replace(block.Text, string.Empty, 1), BlockKind.Footnote, Number: number, Page: block.Page);
            }
            else if (block.Kind is not BlockKind.Footnote and not BlockKind.Table && block.Text.Contains('['))
            {
                blocks[i] = block with
                {
                    Text = Call().Replace(block.Text, m => answered.Contains(m.Groups["n"].Value) ? $"<sup>{m.Groups["n"].Value}</sup>" : m.Value),
                };
            }
        }
    }

    /// <summary>A number of up to three digits in brackets, right after a letter, digit or closing punctuation.</summary>
    [GeneratedRegex(@"(?<=[\p{L}\p{N}.,;:!?)»”’""'])\[(?<n>\d{1,3})\]")]
    private static partial Regex Call();

    /// <summary>A paragraph that opens with a number in brackets and a space: a note.</summary>
    [GeneratedRegex(@"^\[(?<n>\d{1,3})\]\s+(?=\S)")]
    private static partial Regex NoteOpening();
}
