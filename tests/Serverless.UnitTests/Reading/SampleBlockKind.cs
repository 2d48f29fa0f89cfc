namespace Serverless.UnitTests.Reading;

/// <summary>What a sample block is; each writer renders it the way its format does.</summary>
public enum SampleBlockKind
{
    Title,
    Heading,
    Numbered,
    Lettered,
    Paragraph,
}
