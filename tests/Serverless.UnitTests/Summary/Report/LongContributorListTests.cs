using Serverless.Shared.Summary;
using Serverless.Shared.Summary.Report;

namespace Serverless.UnitTests.Summary.Report;

/// <summary>
/// The introduction names every contributor while the list reads as a sentence; a year of hundreds or thousands of
/// contributors is named by their count and the few that sent the most documents, the summary's table listing them all.
/// </summary>
public sealed class LongContributorListTests
{
    [Theory]
    [InlineData("en", "from 45 entities, among them, by the number of documents sent, ", "Contributor 00, ")]
    [InlineData("fr", "de 45 entités, parmi lesquelles, par le nombre de documents envoyés, ", "Contributor 00, ")]
    public void NamesTheCountAndTheFewThatSentTheMost_When_ContributorsAreTooManyToList(string language, string opening, string first)
    {
        // Contributor 00 to 09 each sent two documents, the 35 others one.
        var documents = Enumerable.Range(0, 45).SelectMany(i => Enumerable.Range(0, i < 10 ? 2 : 1).Select(j => Document($"Contributor {i:00}", $"d{i}-{j}")));
        var sentence = Introduction(language, documents);

        Assert.Contains(opening + first, sentence, StringComparison.Ordinal);
        Assert.Contains("Contributor 09", sentence, StringComparison.Ordinal);
        Assert.DoesNotContain("Contributor 10", sentence, StringComparison.Ordinal);
        Assert.Equal(10, System.Text.RegularExpressions.Regex.Matches(sentence, "Contributor \\d\\d").Count);
    }

    [Fact]
    public void NamesEveryContributor_When_TheListReadsAsASentence()
    {
        var sentence = Introduction("en", Enumerable.Range(0, 12).Select(i => Document($"Contributor {i:00}", $"d{i}")));

        Assert.Equal(12, System.Text.RegularExpressions.Regex.Matches(sentence, "Contributor \\d\\d").Count);
        Assert.StartsWith("It draws on 12 documents received from 12 entities: Contributor 00, ", sentence, StringComparison.Ordinal);
    }

    private static string Introduction(string language, IEnumerable<SummaryDocument> documents)
    {
        var summary = ClassifiedDocuments.Compiler.Compile(2025, documents.ToArray(), null, DateTimeOffset.UnixEpoch);
        return Assert.Single(ClassifiedDocuments.Builder.Build(summary, language).Sentences(),
            s => s.Text.StartsWith("It draws on", StringComparison.Ordinal) || s.Text.StartsWith("Il s'appuie", StringComparison.Ordinal)).Text;
    }

    private static SummaryDocument Document(string entity, string id) => new(id, id + ".txt", entity, "en", null,
    [
        new(0, "1", "paragraph", $"In 2025, {entity} connected {id.Length * 40} rural schools to broadband networks in three districts.", ["C2"], 3, ["broadband"], [], []),
    ], Kind: "contribution");
}
