using Microsoft.Extensions.DependencyInjection;
using Serverless.Shared.Reading;
using Serverless.Shared.Segmentation;

namespace Serverless.UnitTests.Reading;

/// <summary>The parser as the pipeline and CLI get it, from <c>AddDocumentParsing()</c>.</summary>
public static class Parsing
{
    private static readonly DocumentParser Parser =
        new ServiceCollection().AddDocumentParsing().BuildServiceProvider().GetRequiredService<DocumentParser>();

    public static SegmentedDocument Parse(string fileName, byte[] content, string? contentType = null) =>
        Parser.Parse(new DocumentSource(fileName, contentType, content));

    public static SegmentedDocument Parse(string fileName, string text) =>
        Parse(fileName, System.Text.Encoding.UTF8.GetBytes(text));
}
