using System.Text.RegularExpressions;
using Serverless.Shared.Reading;

namespace Serverless.Shared.Segmentation;

/// <summary>
/// Footnote calls typed in brackets (<c>the Summit.[1]</c>, Markdown's <c>[^1]</c>), as a word processor's plain-text
/// export or a person typing writes them, in text whose notes the layout found further on (<c>[1] See ...</c>): marked
/// as the other formats mark a call, so that the segmenter takes them out of the text and links the note to its
/// paragraph. A bracketed number that no later note answers (a reference to a list, a citation) stays as written.
/// </summary>
internal static partial class BracketedNoteCalls
{
    public static void Mark(List<DraftParagraph> drafts)
    {
        // Where each note number last appears: a call is a call only if its note comes after it.
        Dictionary<string, int>? notes = null;
        for (var i = 0; i < drafts.Count; i++)
        {
            if (drafts[i] is { Kind: BlockKind.Footnote, Number: { } number })
            {
                (notes ??= new Dictionary<string, int>(StringComparer.Ordinal))[number] = i;
            }
        }

        if (notes is null)
        {
            return;
        }

        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            if (draft.Kind is BlockKind.Footnote or BlockKind.Table || !draft.Text.Contains('['))
            {
                continue;
            }

            var at = i;
            draft.Text = Call().Replace(draft.Text, m =>
                notes.TryGetValue(m.Groups["n"].Value, out var note) && note > at ? $"<sup>{m.Groups["n"].Value}</sup>" : m.Value);
        }
    }

    /// <summary>A number of up to three digits in brackets right after a word or its punctuation, not a link's label.</summary>
    [GeneratedRegex(@"(?<=[\p{L}\p{N}.,;:!?)»”’""'])\[\^?(?<n>\d{1,3})\](?!\()")]
    private static partial Regex Call();
}
