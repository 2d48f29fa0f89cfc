using Serverless.Shared.Summary.Report;

namespace Serverless.UnitTests.Summary.Report;

/// <summary>
/// An organ's operative paragraph quoted in the other language is a sentence with its own verb: "Le Conseil économique
/// et social (original en anglais) : « Requests... »" left the organ without one, since the quoted verb is not the
/// report's language.
/// </summary>
public sealed class MandateInTheOtherLanguageTests
{
    [Fact]
    public void GivesTheOrganAVerb_When_ItsParagraphIsQuotedInTheOtherLanguage()
    {
        var documents = ClassifiedDocuments.Read([Path.Combine(ClassifiedDocuments.SamplesFolder, "cstd-draft-resolution-2025.txt")]).Select(d => d.Document).ToArray();
        var summary = ClassifiedDocuments.Compiler.Compile(2025, documents, null, DateTimeOffset.UnixEpoch);

        var quoted = ClassifiedDocuments.Builder.Build(summary, "fr").Sentences().Select(s => s.Text).Where(s => s.Contains("« Requests the Secretary-General", StringComparison.Ordinal)).ToArray();

        Assert.NotEmpty(quoted);
        Assert.All(quoted, s => Assert.StartsWith("Le Conseil économique et social s'exprime en ces termes (original en anglais) : « Requests", s, StringComparison.Ordinal));
    }
}
