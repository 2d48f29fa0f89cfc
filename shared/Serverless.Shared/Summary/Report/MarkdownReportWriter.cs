using System.Text;

namespace Serverless.Shared.Summary.Report;

/// <summary>The draft as Markdown: headings, numbered paragraphs, quotes as block quotes, sources in brackets.</summary>
public sealed class MarkdownReportWriter : IReportWriter
{
    public string Extension => "md";

    public string ContentType => "text/markdown; charset=utf-8";

    public byte[] Write(DraftReport report)
    {
        var markdown = new StringBuilder();
        markdown.Append("# ").AppendLine(report.Title).AppendLine();
        markdown.Append('*').Append(report.Subtitle).AppendLine("*").AppendLine();
        var number = 0;
        foreach (var section in report.Sections.SelectMany(s => s.SelfAndDescendants()))
        {
            markdown.Append(new string('#', section.Level + 1)).Append(' ').AppendLine(section.Heading).AppendLine();
            foreach (var paragraph in section.Paragraphs)
            {
                number++;
                var sources = paragraph.Sources.Count == 0 ? "" : $" [{string.Join("; ", paragraph.Sources)}]";
                markdown.Append(number).Append(". ")
                    .Append(paragraph.Quote ? "« " + paragraph.Text + " »" : paragraph.Text)
                    .AppendLine(sources).AppendLine();
            }
        }

        return Encoding.UTF8.GetBytes(markdown.ToString());
    }
}
