namespace Serverless.Shared.Reading;

/// <summary>One line of a PDF page rebuilt from word positions (PDF user space: y grows upwards).</summary>
internal sealed record PdfLine(string Text, int Page, double Left, double Right, double Top, double Bottom, double FontSize, bool Bold)
{
    public double Height => Top - Bottom;
}
