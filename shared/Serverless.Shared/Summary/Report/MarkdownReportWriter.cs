using System.Text;

namespace Serverless.Shared.Summary.Report;

/// <summary>
/// The draft as Markdown: headings, numbered paragraphs, each sentence with a footnote (<c>[^n]</c>) citing its source.
/// Every piece of text comes from contributions (their words, entity names, titles), so it is written escaped: a
/// portal that renders the report shows <c>&lt;script&gt;</c> or <c>[x](javascript:...)</c> as the characters they are.
/// </summary>
public sealed class MarkdownReportWriter : IReportWriter
{
    public string Extension => "md";

    public string ContentType => "text/markdown; charset=utf-8";

    public byte[] Write(DraftReport report)
    {
        var markdown = new StringBuilder();
        var notes = new List<string>();
        markdown.Append("# ").AppendLine(Escape(report.Title)).AppendLine();
        markdown.Append('*').Append(Escape(report.Subtitle)).AppendLine("*").AppendLine();
        var number = 0;
        foreach (var section in report.Sections.SelectMany(s => s.SelfAndDescendants()))
        {
            markdown.Append(new string('#', section.Level + 1)).Append(' ').AppendLine(Escape(section.Heading)).AppendLine();
            foreach (var paragraph in section.Paragraphs)
            {
                markdown.Append(++number).Append('.');
                foreach (var sentence in paragraph.Sentences)
                {
                    notes.Add(sentence.Note);
                    markdown.Append(' ').Append(Escape(DirectionalControls.Closed(sentence.Text))).Append("[^").Append(notes.Count).Append(']');
                }

                markdown.AppendLine().AppendLine();
            }
        }

        foreach (var (note, i) in notes.Select((n, i) => (n, i)))
        {
            markdown.Append("[^").Append(i + 1).Append("]: ").AppendLine(Escape(DirectionalControls.Closed(note)));
        }

        return Encoding.UTF8.GetBytes(markdown.ToString());
    }

    /// <summary>
    /// Text as Markdown that renders as itself: on one line (a line break could open a block), and every character
    /// that could start markup, a link, an HTML tag or an entity escaped with a backslash.
    /// </summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (c is '\r' or '\n')
            {
                escaped.Append(' ');
            }
            else
            {
                if (c is '\\' or '`' or '*' or '_' or '{' or '}' or '[' or ']' or '(' or ')' or '<' or '>' or '&' or '!' or '|' or '~' or '#')
                {
                    escaped.Append('\\');
                }

                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }
}
