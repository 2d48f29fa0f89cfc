namespace Serverless.Shared.Summary.Report;

/// <summary>
/// The draft of the Secretary-General's report, independent of its file format: sections with headings and
/// numbered paragraphs, each paragraph carrying the sources it states.
/// </summary>
public sealed record DraftReport(string Language, string Title, string Subtitle, IReadOnlyList<ReportSection> Sections);

/// <param name="Level">1 for chapters (I., II.), 2 for their sections (A., C2...).</param>
public sealed record ReportSection(int Level, string Heading, IReadOnlyList<ReportParagraph> Paragraphs, IReadOnlyList<ReportSection> Subsections)
{
    public IEnumerable<ReportSection> SelfAndDescendants() => Subsections.SelectMany(s => s.SelfAndDescendants()).Prepend(this);
}

/// <summary>A numbered paragraph of the draft. <paramref name="Quote"/> is true when the text is quoted from a source.</summary>
public sealed record ReportParagraph(string Text, IReadOnlyList<string> Sources, bool Quote = false);
