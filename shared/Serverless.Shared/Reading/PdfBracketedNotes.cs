using System.Text.RegularExpressions;

namespace Serverless.Shared.Reading;

/// <summary>
/// Notes written in brackets, as text typed without a word processor gives them (plain text printed as it is, a
/// report written by a script): a call glued to the word or punctuation it follows (<c>the Summit.[1]</c>) and, further
/// on, a paragraph opened by the same number in brackets (<c>[1] See General Assembly resolution ...</c>). Where both
/// are there, the call is a footnote call (marked as the other readers mark one, for the segmenter to take out of the
/// text) and the paragraph is that footnote. A bracketed number with no note to answer it (a reference to a list, a
/// citation) stays as written, and so does a bracketed paragraph that no call before it names.
/// Likewise for calls a word processor printed on the baseline, at the text's size (AbiWord drops the raise of a
/// call it imports from DOCX, and so does text copied out of a PDF): a number glued to the punctuation that ends a word
/// (<c>the Summit.1</c>, <c>du Sommet,1</c>, <c>(SMSI)1.</c>; not <c>5.1</c>, whose punctuation follows a digit, nor
/// <c>E/CN.16/2018</c>) answered further on by a paragraph opened by that number and a capital
/// (<c>1 See General Assembly ...</c>) at the foot of a page, every such call answered so.
/// Likewise for calls written as Unicode's superscript digits (<c>the Summit.¹</c>, <c>Sommet¹²</c>), as a program
/// that cannot raise part of a line sets them (jsPDF, a form's text) and as text pasted from a web page keeps them,
/// answered by a paragraph opened by the same superscript (<c>¹ See General Assembly ...</c>), wherever it stands.
/// </summary>
internal static partial class PdfBracketedNotes
{
    public static void Apply(List<TextBlock> blocks)
    {
        Apply(blocks, Call(), NoteOpening(), '[', atPageFoot: false);
        Apply(blocks, BaselineCallPattern, BaselineNoteOpening(), null, atPageFoot: true);
        Apply(blocks, SuperscriptCallPattern, SuperscriptNoteOpening(), null, atPageFoot: false);

        // A note set apart at a page's foot under superscript digits that no call answered keeps its number, in digits.
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is { Kind: BlockKind.Footnote, Number: { Length: > 0 } number } && !number.All(char.IsAsciiDigit))
            {
                blocks[i] = blocks[i] with { Number = Plain(number) };
            }
        }
    }

    private static readonly Regex SuperscriptCallPattern = SuperscriptCall();

    /// <summary>A number glued to the punctuation ending a word (<c>the Summit.1</c>): a call printed on the baseline.</summary>
    internal static readonly Regex BaselineCallPattern = BaselineCall();

    /// <param name="atPageFoot">
    /// A note must close its page, with only notes after it there: a number opening a paragraph in the text's own type is
    /// a note only where a word processor sets notes, at the page's foot (in text copied out of a PDF, a note's lines
    /// and the paragraph it interrupted follow each other, and are left as they are).
    /// </param>
    private static void Apply(List<TextBlock> blocks, Regex callPattern, Regex notePattern, char? callSign, bool atPageFoot)
    {
        // The calls seen so far, in reading order: a note answers a call made before it.
        var called = new HashSet<string>(StringComparer.Ordinal);
        var raisesNone = callPattern == BaselineCallPattern && !blocks.Any(b => b.Text.Contains("<sup>", StringComparison.Ordinal));
        var notes = new Dictionary<int, string>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            // A note the page's foot already set apart, numbered with superscript digits as these calls are.
            if (block.Kind is BlockKind.Footnote && callPattern == SuperscriptCallPattern && block.Number is { Length: > 0 } set &&
                set.All(c => Superscripts.Contains(c)) && called.Contains(Plain(set)))
            {
                notes[i] = Plain(set);
                continue;
            }

            // A note the page's foot set apart under its number (1. See ...) in a text that raises no call: its calls are
            // on the baseline.
            if (block.Kind is BlockKind.Footnote && callPattern == BaselineCallPattern && raisesNone && block.Number is { Length: > 0 } listed &&
                listed.All(char.IsAsciiDigit) && called.Contains(listed))
            {
                notes[i] = listed;
                continue;
            }

            if (block.Kind is BlockKind.Paragraph && notePattern.Match(block.Text) is { Success: true } opening &&
                called.Contains(Plain(opening.Groups["n"].Value)) && (!atPageFoot || ClosesItsPage(blocks, i, notePattern)))
            {
                notes[i] = Plain(opening.Groups["n"].Value);
                continue;
            }

            if (block.Kind is not BlockKind.Footnote and not BlockKind.Table)
            {
                foreach (Match call in callPattern.Matches(block.Text))
                {
                    called.Add(Plain(call.Groups["n"].Value));
                }
            }
        }

        if (notes.Count == 0)
        {
            return;
        }

        var answered = notes.Values.ToHashSet(StringComparer.Ordinal);
        if (atPageFoot && !called.IsSubsetOf(answered))
        {
            // Numbers glued to punctuation that no note at a page's foot answers: the document's own way of writing
            // (or text copied out of a PDF, its notes among its paragraphs), not a word processor's calls; left as written.
            return;
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (notes.TryGetValue(i, out var number))
            {
                blocks[i] = block.Kind is BlockKind.Footnote
                    ? block with { Number = number }
                    : new TextBlock(notePattern.Replace(block.Text, string.Empty, 1), BlockKind.Footnote, Number: number, Page: block.Page);
            }
            else if (block.Kind is not BlockKind.Footnote and not BlockKind.Table && (callSign is not { } sign || block.Text.Contains(sign)))
            {
                blocks[i] = block with
                {
                    Text = callPattern.Replace(block.Text, m => answered.Contains(Plain(m.Groups["n"].Value)) ? $"<sup>{Plain(m.Groups["n"].Value)}</sup>" : m.Value),
                };
            }
        }
    }

    /// <summary>Every block after <paramref name="index"/> on its page opens as a note too.</summary>
    private static bool ClosesItsPage(List<TextBlock> blocks, int index, Regex notePattern)
    {
        for (var i = index + 1; i < blocks.Count && blocks[i].Page == blocks[index].Page; i++)
        {
            if (!notePattern.IsMatch(blocks[i].Text))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A call's or note's number in ASCII digits, its superscript digits (<c>¹²</c>) read as the digits they raise.</summary>
    private static string Plain(string number) =>
        number.All(char.IsAsciiDigit) ? number : string.Concat(number.Select(c => (char)('0' + Superscripts.IndexOf(c, StringComparison.Ordinal))));

    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /// <summary>One to three superscript digits glued to a word, a number or the punctuation after it.</summary>
    [GeneratedRegex(@"(?<=[\p{L}\p{N}.,;:!?)»”’""'])(?<n>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})(?![⁰¹²³⁴⁵⁶⁷⁸⁹])")]
    private static partial Regex SuperscriptCall();

    /// <summary>A paragraph that opens with superscript digits (a space after them or not) before its text: a note.</summary>
    [GeneratedRegex(@"^(?<n>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})\s*(?=[^\s⁰¹²³⁴⁵⁶⁷⁸⁹])")]
    private static partial Regex SuperscriptNoteOpening();

    /// <summary>A number of up to three digits in brackets, right after a letter, digit or closing punctuation.</summary>
    [GeneratedRegex(@"(?<=[\p{L}\p{N}.,;:!?)»”’""'])\[(?<n>\d{1,3})\]")]
    private static partial Regex Call();

    /// <summary>A paragraph that opens with a number in brackets and a space: a note.</summary>
    [GeneratedRegex(@"^\[(?<n>\d{1,3})\]\s+(?=\S)")]
    private static partial Regex NoteOpening();

    /// <summary>
    /// A number of up to three digits glued to the punctuation that ends a word (a letter or closing mark before it), and
    /// ending the word (a space, or punctuation and a space, after it: not <c>E/CN.16/2018</c>).
    /// </summary>
    [GeneratedRegex(@"(?<=[\p{L})»”’""'][.,;:!?]|[\p{L}][)»”’""'])(?<n>\d{1,3})(?=\s|$|[.,;:](?:\s|$))")]
    private static partial Regex BaselineCall();

    /// <summary>A paragraph that opens with a number, a space and a capital: a note printed at the text's size.</summary>
    [GeneratedRegex(@"^(?<n>\d{1,3})\s+(?=\p{Lu})")]
    private static partial Regex BaselineNoteOpening();
}
