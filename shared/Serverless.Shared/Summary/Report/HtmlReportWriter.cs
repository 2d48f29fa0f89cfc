using System.Net;
using System.Text;

namespace Serverless.Shared.Summary.Report;

/// <summary>
/// The draft as a standalone HTML page in the report's language: headings, one numbered sequence of paragraphs running
/// through the report, a note call after each sentence and the notes at the end, linked both ways.
/// </summary>
public sealed class HtmlReportWriter : IReportWriter
{
    public string Extension => "html";

    public string ContentType => "text/html; charset=utf-8";

    public byte[] Write(DraftReport report)
    {
        static string E(string text) => WebUtility.HtmlEncode(text);
        var html = new StringBuilder();
        var notes = new List<string>();
        html.Append($"<!DOCTYPE html>\n<html lang=\"{report.Language}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{E(report.Title)}</title>\n")
            .Append("<style>body{font-family:Georgia,serif;max-width:46em;margin:2em auto;padding:0 1em;line-height:1.45;color:#111}")
            .Append("h1{font-size:1.45em}h2{font-size:1.2em;margin-top:1.6em}h3{font-size:1.05em}h4{font-size:1em;font-style:italic}")
            .Append("ol.report{padding-left:2.5em}ol.report li{margin-bottom:.6em;text-align:justify}")
            .Append("sup a{text-decoration:none;color:#0645ad}.notes{font-size:.85em;color:#333;border-top:1px solid #999;margin-top:2em;padding-top:.5em}</style>\n</head>\n<body>\n")
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

            html.Append($"<ol class=\"report\" start=\"{number + 1}\">\n");
            foreach (var paragraph in section.Paragraphs)
            {
                number++;
                html.Append("<li>");
                foreach (var sentence in paragraph.Sentences)
                {
                    notes.Add(sentence.Note);
                    var n = notes.Count;
                    html.Append(E(DirectionalControls.Closed(sentence.Text))).Append($"<sup id=\"call-{n}\"><a href=\"#note-{n}\">{n}</a></sup> ");
                }

                html.Append("</li>\n");
            }

            html.Append("</ol>\n");
        }

        html.Append("<ol class=\"notes\">\n");
        foreach (var (note, i) in notes.Select((n, i) => (n, i + 1)))
        {
            html.Append($"<li id=\"note-{i}\"><a href=\"#call-{i}\">↑</a> {E(DirectionalControls.Closed(note))}</li>\n");
        }

        html.Append("</ol>\n</body>\n</html>\n");
        return Encoding.UTF8.GetBytes(html.ToString());
    }
}
