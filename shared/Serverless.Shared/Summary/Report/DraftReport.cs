namespace Serverless.Shared.Summary.Report;

/// <summary>
/// The draft of the Secretary-General's report, independent of its file format: sections with headings and
/// numbered paragraphs, each sentence carrying the note that cites its source.
/// </summary>
public sealed record DraftReport(string Language, string Title, string Subtitle, IReadOnlyList<ReportSection> Sections)
{
    public IEnumerable<ReportSentence> Sentences() =>
        Sections.SelectMany(s => s.SelfAndDescendants()).SelectMany(s => s.Paragraphs).SelectMany(p => p.Sentences);
}

/// <param name="Level">1 for chapters (I., II.), 2 for their sections (A., C2...), 3 for C7's sub-lines.</param>
public sealed record ReportSection(int Level, string Heading, IReadOnlyList<ReportParagraph> Paragraphs, IReadOnlyList<ReportSection> Subsections)
{
    public IEnumerable<ReportSection> SelfAndDescendants() => Subsections.SelectMany(s => s.SelfAndDescendants()).Prepend(this);
}

/// <summary>A numbered paragraph of the draft: sentences, each followed by its note.</summary>
public sealed record ReportParagraph(IReadOnlyList<ReportSentence> Sentences)
{
    public ReportParagraph(params ReportSentence[] sentences) : this((IReadOnlyList<ReportSentence>)sentences)
    {
    }

    public string Text => string.Join(" ", Sentences.Select(s => s.Text));
}

/// <summary>
/// One sentence of the draft and the note that cites its source. <paramref name="Statement"/> is set when the sentence
/// carries words taken from a source paragraph (then only its attribution is the report's own); figures computed from
/// the year's summary cite the summary's table instead.
/// </summary>
public sealed record ReportSentence(string Text, string Note, Statement? Statement = null);
