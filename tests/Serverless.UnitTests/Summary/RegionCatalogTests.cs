using Serverless.Shared.Summary;

namespace Serverless.UnitTests.Summary;

/// <summary>
/// The region a body's name says it works in: a regional office of a UN agency or an organisation of the hemisphere
/// named "Pan American" or "for the Americas" works in Latin America and the Caribbean, ECLAC's region, as an
/// "Inter-American" one does.
/// </summary>
public class RegionCatalogTests
{
    private static readonly RegionCatalog Regions = RegionCatalog.LoadEmbedded();

    [Theory]
    [InlineData("Pan American Health Organization (PAHO)")]
    [InlineData("Organisation panaméricaine de la santé (OPS)")]
    [InlineData("Pan American Institute of Geography and History (PAIGH)")]
    [InlineData("UN Women Regional Office for the Americas and the Caribbean")]
    [InlineData("Bureau régional de l'UNICEF pour les Amériques")]
    [InlineData("Inter-American Telecommunication Commission (CITEL)")]
    public void PlacesABodyOfTheAmericas_InLatinAmericaAndTheCaribbean(string name) =>
        Assert.Equal("LATIN-AMERICA-CARIBBEAN", Regions.WorkedIn(name));

    [Theory]
    [InlineData("American Library Association")]
    [InlineData("Pan-African Parliament")]
    public void PlacesNoBody_ThatNamesNeitherTheAmericasNorTheRegion(string name) =>
        Assert.NotEqual("LATIN-AMERICA-CARIBBEAN", Regions.WorkedIn(name));
}
