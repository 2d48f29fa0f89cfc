using Serverless.Shared.Summary.Report;

namespace Serverless.UnitTests.Summary.Synthesis;

/// <summary>
/// A sentence that ends on a colon whose list did not come with it (the next paragraph is no list item, or the source's
/// colon announces nothing) is quoted as a sentence, ending on a full stop: a quote that closes on a colon promises
/// words the draft does not give.
/// </summary>
public sealed class LeadInWithoutItsListTests : IDisposable
{
    private readonly OneContributionDrafts _drafts = new("wsis-lead-in-", ".txt");

    [Theory]
    [InlineData("en", "Contribution of the Andean Broadband Office to the 2025 WSIS report\n\n" +
        "In 2025 the Office connected 240 rural schools in the highlands to fibre and trained 900 teachers to use open course material, as its partners had asked:\n\n" +
        "The Office also published a guide on sharing towers between operators, adopted by four regulators.\n",
        "as its partners had asked.")]
    [InlineData("fr", "Contribution de l'Office andin du haut débit au rapport 2025 sur le SMSI\n\n" +
        "En 2025, l'Office a raccordé 240 écoles rurales des hauts plateaux à la fibre et formé 900 enseignants aux ressources éducatives libres, selon qu'il convenait :\n\n" +
        "L'Office a également publié un guide sur le partage des pylônes entre opérateurs, adopté par quatre régulateurs.\n",
        "selon qu'il convenait.")]
    public void EndsTheQuoteOnAFullStop_When_ItsColonIsFollowedByNoList(string language, string text, string ending)
    {
        var sentences = _drafts.Draft(language, text).Sentences().Select(s => s.Text).ToArray();

        Assert.Contains(sentences, s => s.Contains(ending, StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.Contains(ending.TrimEnd('.') + ":", StringComparison.Ordinal) || s.Contains(ending.TrimEnd('.') + " :", StringComparison.Ordinal));
    }

    public void Dispose() => _drafts.Dispose();
}
