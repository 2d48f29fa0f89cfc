using Serverless.Shared.Summary.Report;

namespace Serverless.UnitTests.Summary.Synthesis;

/// <summary>
/// A resolution's or a convention's words that a contribution quotes below a lead-in ending with a colon are what
/// others adopted, not the contributor's activity: neither they nor the lead-in's last sentence are quoted, while the
/// contributor's own sentences around them are.
/// </summary>
public sealed class QuotedTextTests : IDisposable
{
    private readonly OneContributionDrafts _drafts = new("wsis-quoted-text-", ".md");

    [Theory]
    [InlineData("en", "# Contribution of the Andean Parliamentary Network to the 2025 WSIS report\n\n" +
        "At its 12th Assembly in April 2025, the Network adopted a resolution on artificial intelligence and democracy. In that resolution the Assembly:\n\n" +
        "> \"Calls upon parliaments to enact legislation that ensures that artificial intelligence systems are designed in a manner that respects human rights;\n>\n" +
        "> Urges parliaments to allocate adequate resources to scrutinize the use of digital technologies by governments;\"\n\n" +
        "Following the adoption of the resolution, the Network organized six regional seminars on AI legislation for parliamentary staff, training 240 staff members.\n",
        "240 staff members", new[] { "Calls upon parliaments", "allocate adequate resources", "In that resolution" })]
    [InlineData("en", "# Contribution of the Regional Trade Centre to the 2025 WSIS report\n\n" +
        "As secretariat of the Commission, the Centre prepared its twenty-eighth session in April 2025 for 43 member States. In its resolution 2025/18 the Economic and Social Council:\n\n" +
        "> Requests the Secretary-General to submit to the Commission on Science and Technology for Development, on a yearly basis, a report on the implementation of the outcomes of the Summit.\n\n" +
        "The Centre trained 210 statisticians from 35 countries on measuring e-commerce and ICT trade.\n",
        "210 statisticians", new[] { "Requests the Secretary-General", "on a yearly basis", "In its resolution 2025/18" })]
    [InlineData("fr", "# Contribution de la Commission nationale des droits humains au rapport 2025 sur le SMSI\n\n" +
        "La Commission a rappelé dans son avis les termes de la résolution 78/265 de l'Assemblée générale, dans laquelle l'Assemblée :\n\n" +
        "> « Souligne que les droits humains doivent être respectés tout au long du cycle de vie des systèmes d'intelligence artificielle ;\n>\n" +
        "> Encourage les États Membres à promouvoir des systèmes d'intelligence artificielle sûrs et dignes de confiance ; »\n\n" +
        "La Commission a formé 35 agents d'institutions nationales à la surveillance des droits humains en ligne, lors d'un atelier tenu à Dakar.\n",
        "35 agents", new[] { "Souligne que", "Encourage les États Membres", "dans laquelle l'Assemblée" })]
    public void QuotesTheContributorsWork_NotTheWordsOfATextItQuotes(string language, string text, string work, string[] quoted)
    {
        var sentences = _drafts.Draft(language, text).Sentences().Select(s => s.Text).ToArray();

        Assert.True(sentences.Any(s => s.Contains(work, StringComparison.Ordinal)), string.Join("\n", sentences));
        foreach (var words in quoted)
        {
            Assert.DoesNotContain(sentences, s => s.Contains(words, StringComparison.Ordinal));
        }
    }

    public void Dispose() => _drafts.Dispose();
}
