namespace Serverless.Shared.Reading;

/// <summary>Formats recognisable from their bytes.</summary>
public enum SniffedFormat
{
    Unknown,
    Pdf,
    Docx,
    Html,

    /// <summary>A zip or other container that is none of the formats above.</summary>
    OtherBinary,
}
