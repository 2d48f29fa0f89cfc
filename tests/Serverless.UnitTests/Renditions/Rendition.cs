namespace Serverless.UnitTests.Renditions;

/// <summary>One PDF of the rendition corpus: the producer that printed it and the source it was printed from.</summary>
/// <param name="Pdf">Path relative to <c>tests/renditions/</c>.</param>
/// <param name="Source">The Markdown, DOCX or HTML it was made from, relative to <c>tests/renditions/</c>.</param>
public sealed record Rendition(string Producer, string Pdf, string Source)
{
    public string Name => Path.GetFileNameWithoutExtension(Pdf);

    public override string ToString() => $"{Producer}/{Path.GetFileName(Pdf)}";
}
