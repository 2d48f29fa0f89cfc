using Serverless.Shared.Summary.Synthesis;

namespace Serverless.UnitTests.Summary.Synthesis;

public sealed class TopicCatalogTests
{
    private static readonly TopicCatalog Topics = TopicCatalog.LoadEmbedded();

    [Theory]
    [InlineData("Welcomes the contributions of the facilitators of action line C2 on information and communication infrastructure;")]
    [InlineData("Engage tous les facilitateurs à continuer d'œuvrer en ce sens.")]
    [InlineData("Les animateurs des grandes orientations se sont réunis en marge du Forum.")]
    [InlineData("The WSIS Forum 2025 brought together 3,000 participants in Geneva.")]
    public void FilesUnderFacilitation_When_TheOpeningNamesTheWsisFacilitators(string text)
    {
        Assert.Equal("FACILITATION", Topics.Find(text));
    }

    [Theory]
    [InlineData("Civil society organizations ran 40 workshops on online privacy for parents.")]
    [InlineData("Le secteur privé a financé la moitié des points d'accès publics.")]
    [InlineData("The business community pledged to train 10,000 young developers.")]
    public void FilesUnderCivilSocietyAndBusiness_When_TheOpeningNamesThemAsActors(string text)
    {
        Assert.Equal("CIVIL-SOCIETY-BUSINESS", Topics.Find(text));
    }

    [Theory]
    [InlineData("Des animateurs ont appris à 1 200 femmes commerçantes à recevoir de l'argent par téléphone portable.")]
    [InlineData("Trained facilitators ran weekly sessions on mobile banking for market traders.")]
    [InlineData("Trade facilitation reforms let exporters file customs declarations online.")]
    [InlineData("La plateforme de démarches en ligne permet aux entreprises de créer leur société en 48 heures.")]
    [InlineData("Small businesses in the valley now sell their cheese through a shared online shop.")]
    public void FilesUnderNoTopic_When_AFacilitatorOrABusinessIsOnlyWhatTheActivityServes(string text)
    {
        Assert.Null(Topics.Find(text));
    }
}
