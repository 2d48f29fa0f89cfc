using Serverless.Shared.Classification;

namespace Serverless.Shared.Summary.Synthesis;

/// <summary>
/// The words of another text that a contribution quotes below a lead-in ending with a colon ("In that resolution the
/// Assembly:", "Article 4 of the Framework Convention provides:", "dans laquelle l'Assemblée :"): paragraphs that open
/// with a quotation mark or with a resolution's opening word ("Calls upon", "Requests", "Souligne", "Recognising"), and
/// the lines of one such quotation until its closing mark. They are what others adopted, never the contributor's
/// activity. Reads a document's paragraphs in order, one instance per document.
/// </summary>
internal sealed class QuotedText(IReadOnlyList<OpeningWords> openings)
{
    private const string OpeningMarks = "\"“«‘";
    private const string ClosingMarks = "\"”»’";

    private bool _inQuotation;
    private bool _markOpen;

    /// <summary>Whether <paramref name="next"/> opens a quotation that <paramref name="leadIn"/> announces; if so, the quotation starts.</summary>
    public bool OpensAfter(SummaryParagraph leadIn, SummaryParagraph next)
    {
        var text = leadIn.Text.TrimEnd();
        if (!text.EndsWith(':') || next.Kind is "list-item" or "heading" || !IsQuoted(next.Text.TrimStart()))
        {
            return false;
        }

        _inQuotation = true;
        return true;
    }

    /// <summary>Whether the paragraph is part of the quotation under way (and the quotation goes on after it).</summary>
    public bool Continues(SummaryParagraph paragraph)
    {
        if (!_inQuotation)
        {
            return false;
        }

        var text = paragraph.Text.Trim();
        var quoted = paragraph.Kind is not "heading" && text.Length > 0
            && (_markOpen || IsQuoted(text) || char.IsLower(text[0]));
        if (!quoted)
        {
            _inQuotation = _markOpen = false;
            return false;
        }

        // A mark opened and not closed in this paragraph keeps the next lines inside the quotation ("Calls upon ... that"
        // / "intelligence systems are..." / "...rule of law;\"").
        if (OpeningMarks.Contains(text[0]))
        {
            _markOpen = true;
        }

        if (text.Length > 1 && text.TrimEnd('.', ',', ';', ':') is { Length: > 0 } end && ClosingMarks.Contains(end[^1]))
        {
            _markOpen = false;
        }

        return true;
    }

    private bool IsQuoted(string text) =>
        text.Length > 0 && (OpeningMarks.Contains(text[0]) || openings.Any(o => o.Open(text)));
}
