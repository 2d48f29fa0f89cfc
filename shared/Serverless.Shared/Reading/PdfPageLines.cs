namespace Serverless.Shared.Reading;

/// <summary>The rebuilt lines of one PDF page, top to bottom in reading order.</summary>
internal sealed record PdfPageLines(int Number, double Height, List<PdfLine> Lines)
{
    /// <summary>The page holds pictures and no text: a scanned page.</summary>
    public bool IsPicture { get; init; }

    /// <summary>Where the page's line numbers stood, when it showed a column of them (<see cref="PdfLineNumbers"/>).</summary>
    public PdfLineNumbers.Column? LineNumbers { get; init; }

    /// <summary>
    /// The running headers, footers, page numbers and stamps that a tagged PDF tells from its content
    /// (<see cref="PdfMarkedFurniture"/>), kept out of <see cref="Lines"/>.
    /// </summary>
    public IReadOnlyList<PdfLine> MarkedRunningLines { get; init; } = [];
}
