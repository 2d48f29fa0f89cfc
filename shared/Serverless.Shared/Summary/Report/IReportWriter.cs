namespace Serverless.Shared.Summary.Report;

/// <summary>Renders a draft report into one file format.</summary>
public interface IReportWriter
{
    /// <summary>File extension without the dot: <c>md</c>, <c>html</c>, <c>docx</c>.</summary>
    string Extension { get; }

    string ContentType { get; }

    byte[] Write(DraftReport report);
}
