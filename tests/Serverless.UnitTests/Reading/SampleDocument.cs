using System.Net;
using System.Text;

namespace Serverless.UnitTests.Reading;

/// <summary>
/// A short document written once and rendered as Markdown, HTML, DOCX and PDF, so that the readers can be compared on
/// the same content (round trip), and the committed samples can be regenerated (<c>Serverless.Benchmarks samples</c>).
/// </summary>
public sealed record SampleDocument(string Name, IReadOnlyList<SampleBlock> Blocks)
{
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        foreach (var block in Blocks)
        {
            text.Append(block.Kind switch
            {
                SampleBlockKind.Title => $"# {block.Text}",
                SampleBlockKind.Heading => $"## {block.Text}",
                SampleBlockKind.Numbered => $"{block.Number}. {block.Text}",
                SampleBlockKind.Lettered => $"{block.Number}) {block.Text}",
                _ => block.Text,
            }).Append("\n\n");
        }

        return text.ToString();
    }

    public string ToHtml()
    {
        var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
            .Append(WebUtility.HtmlEncode(Name)).Append("</title><style>p { margin: 0 }</style></head>\n<body>\n");
        string? openList = null;
        foreach (var block in Blocks)
        {
            var list = block.Kind switch { SampleBlockKind.Numbered => "1", SampleBlockKind.Lettered => "a", _ => null };
            if (openList is not null && list != openList)
            {
                html.Append("</ol>\n");
                openList = null;
            }

            var text = WebUtility.HtmlEncode(block.Text);
            if (list is not null)
            {
                if (openList is null)
                {
                    html.Append($"<ol type=\"{list}\" start=\"{(list == "1" ? block.Number : "1")}\">\n");
                    openList = list;
                }

                html.Append($"<li>{text}</li>\n");
                continue;
            }

            html.Append(block.Kind switch
            {
                SampleBlockKind.Title => $"<h1>{text}</h1>\n",
                SampleBlockKind.Heading => $"<h2>{text}</h2>\n",
                _ => $"<p>{text}</p>\n",
            });
        }

        if (openList is not null)
        {
            html.Append("</ol>\n");
        }

        return html.Append("<script>document.title = 'not part of the text';</script>\n</body></html>\n").ToString();
    }
}
