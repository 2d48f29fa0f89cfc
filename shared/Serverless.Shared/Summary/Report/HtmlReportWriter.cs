using System.Net;
using System.Text;

namespace Serverless.Shared.Summary.Report;

/// <summary>The draft as a standalone HTML page: headings, one ordered list running through the report, cited sources.</summary>
public sealed class HtmlReportWriter : IReportWriter
{
    public string Extension => "html";

    public string ContentType => "text/html; charset=utf-8";

    public byte[] Write(DraftReport report)
    {
        static string E(string text) => WebUtility.HtmlEncode(text);
        var html = new StringBuilder();
        html.Append($"<!DOCTYPE html>\n<html lang=\"{report.Language}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{E(report.Title)}</title>\n")
            .Append("<style>body{font-family:Georgia,serif;max-width:46em;margin:2em auto;line-height:1.45}")
            .Append("ol{padding-left:2.5em}.source{color:#555;font-size:.9em}blockquote{margin:0;font-style:italic}</style>\n</head>\n<body>\n")
            .Append($"<h1>{E(report.Title)}</h1>\n<p><em>{E(report.Subtitle)}</em></p>\n");
        var number = 0;
        foreach (var section in report.Sections.SelectMany(s => s.SelfAndDescendants()))
        {
            var level = Math.Min(section.Level + 1, 6);
            html.Append($"<h{level}>{E(section.Heading)}</h{level}>\n");
            if (section.Paragraphs.Count == 0)
            {
                continue;
            }

            html.Append($"<ol start=\"{number + 1}\">\n");
            foreach (var paragraph in section.Paragraphs)
            {
                number++;
                var body = paragraph.Quote ? $"<blockquote>{E(paragraph.Text)}</blockquote>" : E(paragraph.Text);
                var sources = paragraph.Sources.Count == 0 ? "" : $" <span class=\"source\">[{E(string.Join("; ", paragraph.Sources))}]</span>";
                html.Append($"<li>{body}{sources}</li>\n");
            }

            html.Append("</ol>\n");
        }

        html.Append("</body>\n</html>\n");
        return Encoding.UTF8.GetBytes(html.ToString());
    }
}
