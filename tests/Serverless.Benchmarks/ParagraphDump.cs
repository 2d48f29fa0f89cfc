using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Shared.Reading;
using Serverless.Shared.Segmentation;

namespace Serverless.Benchmarks;

/// <summary>Prints the segmentation of files, one JSON object per paragraph.</summary>
public static class ParagraphDump
{
    public static void Write(IEnumerable<string> paths, TextWriter output)
    {
        var parser = new ServiceCollection().AddDocumentParsing().BuildServiceProvider().GetRequiredService<DocumentParser>();
        var options = new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        foreach (var path in paths)
        {
            try
            {
                var document = parser.Parse(DocumentSource.FromFile(path));
                output.WriteLine(JsonSerializer.Serialize(new { file = path, document.Format, document.Profile, document.PageHeader }, options));
                foreach (var p in document.Paragraphs)
                {
                    output.WriteLine(JsonSerializer.Serialize(new { p.Index, kind = p.Kind.ToName(), p.Number, p.Text, footnotes = p.Footnotes?.Count ?? 0 }, options));
                }
            }
            catch (UnreadableDocumentException exception)
            {
                output.WriteLine(JsonSerializer.Serialize(new { file = path, error = exception.Message }, options));
            }
        }
    }
}
