using System.Globalization;
using AngleSharp.Dom;

namespace Serverless.Shared.Reading;

/// <summary>
/// The footnotes of an HTML page, found by the one shape every producer gives them: a call that links to its note, and
/// a note that links back to its call. Pandoc writes <c>&lt;a href="#fn1" id="fnref1"&gt;</c> and a list item
/// <c>id="fn1"</c> ending in a link to <c>#fnref1</c>; Word's "Web Page, Filtered" writes <c>href="#_ftn1"
/// name="_ftnref1"</c> and a note opening with a link to <c>#_ftnref1</c>; Google Docs, LibreOffice and EPUB-style pages
/// alike, under their own names. Neither end alone is enough: a table of contents links to its headings, a "back to top"
/// link to the top, and neither target links back to the link. A note is the block (paragraph, list item, division)
/// around the call's target, or the division holding that block and further paragraphs of the same note.
/// </summary>
internal sealed class HtmlNotes
{
    private static readonly HashSet<string> NoteBlocks = new(StringComparer.Ordinal) { "P", "LI", "DIV", "ASIDE", "DD" };

    private readonly Dictionary<IElement, string> _calls = [];
    private readonly Dictionary<IElement, string> _notes = [];
    private readonly HashSet<IElement> _backLinks = [];

    /// <summary>The number of the note a call points at, when <paramref name="element"/> is a call.</summary>
    public string? CallNumber(IElement element) => _calls.GetValueOrDefault(element);

    /// <summary>The note's number, when <paramref name="element"/> is a note.</summary>
    public string? NoteNumber(IElement element) => _notes.GetValueOrDefault(element);

    /// <summary>A note's link back to its call: the note's own marker (<c>[1]</c>, <c>↩</c>), not its text.</summary>
    public bool IsBackLink(IElement element) => _backLinks.Contains(element);

    public static HtmlNotes Find(HtmlInPageLinks page)
    {
        var notes = new HtmlNotes();
        foreach (var call in page.Links)
        {
            if (page.TargetOf(call) is not { } target || NoteAround(target) is not { } note || note.Contains(call) || !Follows(call, note) ||
                BackLinkIn(note, AnchorsOf(call)) is not { } back)
            {
                continue;
            }

            var holder = WholeNote(note, back);
            if (notes._notes.ContainsKey(holder))
            {
                notes._calls.TryAdd(call, notes._notes[holder]);
                continue;
            }

            var number = NumberOf(call) ?? (notes._notes.Count + 1).ToString(CultureInfo.InvariantCulture);
            notes._calls[call] = number;
            notes._notes[holder] = number;
            notes._backLinks.Add(back);
        }

        return notes;
    }

    /// <summary>
    /// A note comes after its call: the link back from a note to its call is as mutual as the call, and is told from it so
    /// (else the paragraph holding the call would be taken for a note of the note).
    /// </summary>
    private static bool Follows(IElement call, IElement note) =>
        (call.CompareDocumentPosition(note) & DocumentPositions.Following) != 0;

    /// <summary>At most this many elements in a note: a footnote is a few lines, and the bound keeps a page of many links cheap to read.</summary>
    private const int MaxNoteElements = 200;

    /// <summary>
    /// The block around a call's target, when it can be a note: small, and holding no heading or table (a section that a
    /// table of contents links to, and whose heading links back to the contents, is no note).
    /// </summary>
    private static IElement? NoteAround(IElement target)
    {
        var note = NoteBlocks.Contains(target.TagName) ? target : target.Ancestors<IElement>().FirstOrDefault(a => NoteBlocks.Contains(a.TagName));
        return note is null || note.Descendants<IElement>().Take(MaxNoteElements + 1).Any(e => e.TagName is "H1" or "H2" or "H3" or "H4" or "H5" or "H6" or "TABLE")
            || note.Descendants<IElement>().Skip(MaxNoteElements).Any()
            ? null
            : note;
    }

    /// <summary>A note that goes on in further paragraphs is their division, when the division holds nothing else.</summary>
    private static IElement WholeNote(IElement note, IElement back) =>
        note.TagName == "P" && note.ParentElement is { TagName: "DIV" or "LI" or "ASIDE" } holder &&
        holder.Children.All(c => c.TagName == "P") && holder.Children.Length > 1 && holder.Children[0] == note &&
        !holder.Descendants<IElement>().Any(e => e != back && HtmlInPageLinks.IsInPage(e))
            ? holder
            : note;

    /// <summary>The names a link back to the call may use: the call's own id or name, or those of the superscript or span around it.</summary>
    private static HashSet<string> AnchorsOf(IElement call)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in call.Ancestors<IElement>().Take(2).Prepend(call))
        {
            foreach (var name in new[] { element.Id, element.GetAttribute("name") })
            {
                if (!string.IsNullOrEmpty(name))
                {
                    names.Add(name);
                }
            }
        }

        return names;
    }

    private static IElement? BackLinkIn(IElement note, HashSet<string> callAnchors) =>
        callAnchors.Count == 0
            ? null
            : note.Descendants<IElement>().FirstOrDefault(e =>
                HtmlInPageLinks.IsInPage(e) && callAnchors.Contains(Uri.UnescapeDataString(e.GetAttribute("href")![1..])));

    /// <summary>The number a call shows (<c>1</c>, <c>[1]</c>, <c>(1)</c>); none for a mark such as <c>*</c>, which is then numbered in order.</summary>
    private static string? NumberOf(IElement call)
    {
        var shown = call.TextContent.Trim().Trim('[', ']', '(', ')').Trim();
        return shown.Length is > 0 and <= 3 && shown.All(char.IsAsciiDigit) ? shown : null;
    }
}
