using System.Text;

namespace Serverless.Shared.Summary.Report;

/// <summary>The draft as Markdown: headings, numbered paragraphs, each sentence with a footnote (<c>[^n]</c>) citing its source.</summary>
public sealed class MarkdownReportWriter : IReportWriter
{
    public string Extension => "md";

    public string ContentType => "text/markdown; charset=utf-8";

    public byte[] Write(DraftReport report)
    {
        var markdown = new StringBuilder();
        var notes = new List<string>();
        markdown.Append("# ").AppendLine(report.Title).AppendLine();
        markdown.Append('*').Append(report.Subtitle).AppendLine("*").AppendLine();
        var number = 0;
        foreach (var section in report.Sections.SelectMany(s => s.SelfAndDescendants()))
        {
            markdown.Append(new string('#', section.Level + 1)).Append(' ').AppendLine(section.Heading).AppendLine();
            foreach (var paragraph in section.Paragraphs)
            {
                markdown.Append(++number).Append('.');
                foreach (var sentence in paragraph.Sentences)
                {
                    notes.Add(sentence.Note);
                    markdown.Append(' ').Append(sentence.Text).Append("[^").Append(notes.Count).Append(']');
                }

                markdown.AppendLine().AppendLine();
            }
        }

        foreach (var (note, i) in notes.Select((n, i) => (n, i)))
        {
            markdown.Append("[^").Append(i + 1).Append("]: ").AppendLine(note);
        }

        return Encoding.UTF8.GetBytes(markdown.ToString());
    }
}
