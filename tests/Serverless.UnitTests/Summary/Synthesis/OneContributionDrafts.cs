using Serverless.Shared.Summary.Report;

namespace Serverless.UnitTests.Summary.Synthesis;

/// <summary>
/// Drafts the year's report from a single contribution written as a file, through the reader, the classifier and the
/// compiler as the pipeline runs them; the files live in a temporary folder deleted on dispose.
/// </summary>
internal sealed class OneContributionDrafts(string folderPrefix, string extension) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory(folderPrefix).FullName;

    public DraftReport Draft(string language, string text)
    {
        var path = Path.Combine(_folder, $"contribution-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, text);
        var documents = ClassifiedDocuments.Read([path]).Select(d => d.Document).ToArray();
        return ClassifiedDocuments.Builder.Build(ClassifiedDocuments.Compiler.Compile(2025, documents, null, DateTimeOffset.UnixEpoch), language);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
