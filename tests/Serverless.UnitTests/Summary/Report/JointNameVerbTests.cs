namespace Serverless.UnitTests.Summary.Report;

/// <summary>
/// A joint contribution whose partners have no abbreviation is named with each further partner after its own article
/// ("... et la Fondation pour l'Internet communautaire"): the partners take a plural verb in both drafts.
/// </summary>
public sealed class JointNameVerbTests
{
    [Theory]
    [InlineData("fr", "Réseau des femmes africaines dans le numérique et la Fondation pour l'Internet communautaire indiquent : « En 2025")]
    [InlineData("en", "The Réseau des femmes africaines dans le numérique and the Fondation pour l'Internet communautaire report (original in French): “En 2025")]
    public void GivesPartnersNamedWithoutAbbreviations_APluralVerb(string language, string expected)
    {
        var sentences = DraftSentences.Of(language, "contribution.md",
            "# Contribution conjointe du Réseau des femmes africaines dans le numérique et de la Fondation pour l'Internet communautaire au rapport du Secrétaire général sur le SMSI\n\n" +
            "En 2025, les deux organisations ont aidé 14 villages de la région de Kolda à mettre en place des réseaux Wi-Fi communautaires gérés par des coopératives de femmes.\n");

        Assert.Contains(sentences, s => s.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Contribution du Ministère de l'Économie et des Finances au rapport 2025 sur le SMSI\n\nEn 2025, le Ministère de l'Économie et des Finances a dématérialisé 40 procédures fiscales pour 2,1 millions de contribuables.\n")]
    [InlineData("Contribution de l'Agence de régulation des Postes et Télécommunications au rapport 2025 sur le SMSI\n\nEn 2025, l'Agence de régulation des Postes et Télécommunications a attribué 14 licences 4G aux opérateurs régionaux.\n")]
    public void KeepsASingularVerb_ForOneOrganisationWhoseNameJoinsTwoSubjects(string text)
    {
        var sentences = DraftSentences.Of("fr", "contribution.txt", text);

        Assert.DoesNotContain(sentences, s => s.Contains("indiquent", StringComparison.Ordinal));
    }
}

/// <summary>The sentences of the French or English draft of a year holding one contribution, read from its file.</summary>
internal static class DraftSentences
{
    public static string[] Of(string language, string fileName, string text)
    {
        var folder = Directory.CreateTempSubdirectory("wsis-draft-sentences-").FullName;
        try
        {
            var path = Path.Combine(folder, fileName);
            File.WriteAllText(path, text);
            var documents = ClassifiedDocuments.Read([path]).Select(d => d.Document).ToArray();
            return ClassifiedDocuments.Builder.Build(ClassifiedDocuments.Compiler.Compile(2025, documents, null, DateTimeOffset.UnixEpoch), language)
                .Sentences().Select(s => s.Text).ToArray();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
