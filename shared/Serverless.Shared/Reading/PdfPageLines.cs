namespace Serverless.Shared.Reading;

/// <summary>The rebuilt lines of one PDF page, top to bottom in reading order.</summary>
internal sealed record PdfPageLines(int Number, double Height, List<PdfLine> Lines);
