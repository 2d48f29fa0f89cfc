using Serverless.Shared.Entities;
using Serverless.Shared.Summary;

namespace Serverless.UnitTests.Entities;

/// <summary>
/// A State named by its formal name, some of which end with no short name of it: a republic named by its adjective
/// ("RÉPUBLIQUE TUNISIENNE", "the Hellenic Republic", "la Confédération suisse") is the State as much as "RÉPUBLIQUE DU
/// SÉNÉGAL" is Senegal; "Korea", as the Republic of Korea's bodies write it ("Korea Information Society Development
/// Institute"), is the Republic of Korea.
/// </summary>
public class StateNamesTests
{
    [Theory]
    [InlineData("RÉPUBLIQUE TUNISIENNE", "la Tunisie")]
    [InlineData("RÉPUBLIQUE GABONAISE", "le Gabon")]
    [InlineData("THE HELLENIC REPUBLIC", "la Grèce")]
    [InlineData("Confédération suisse", "la Suisse")]
    [InlineData("RÉPUBLIQUE DU SÉNÉGAL", "le Sénégal")]
    public void NamesTheState_ItsFormalNameNames(string formal, string french)
    {
        Assert.True(StateNames.Default.Names(formal), formal);
        Assert.Equal(french, StateNames.Default.In(StateNames.Default.ShortName(formal), "fr"));
    }

    [Theory]
    [InlineData("Agence tunisienne du numérique (ATN) – République tunisienne", "Tunisia", "AFRICA")]
    [InlineData("National Telecommunications and Post Commission (EETT) – Hellenic Republic", "Greece", "EUROPE")]
    [InlineData("Autorité de régulation des communications électroniques et des postes (ARCEP) – République togolaise", "Togo", "AFRICA")]
    public void PlacesABodyInTheRegionOfTheStateItsFormalNameNames(string name, string state, string region)
    {
        Assert.Equal(state, StateNames.Default.LastNamedIn(name));
        Assert.Equal(region, RegionCatalog.LoadEmbedded().OfStateNamedIn(name));
    }

    [Theory]
    [InlineData("Korea Information Society Development Institute (KISDI)", "the Republic of Korea")]
    [InlineData("Bank of Korea", "the Republic of Korea")]
    [InlineData("Korea Computer Centre – DPR Korea", "the Democratic People's Republic of Korea")]
    [InlineData("Permanent Mission of the Democratic People's Republic of Korea", "the Democratic People's Republic of Korea")]
    public void ReadsKoreaAsTheRepublicsBodiesWriteIt_AndTheOtherKoreaByItsOwnName(string name, string state)
    {
        Assert.Equal(state, StateNames.Default.LastNamedIn(name));
        Assert.Equal("ASIA-PACIFIC", RegionCatalog.LoadEmbedded().OfStateNamedIn(name));
    }

    [Theory]
    [InlineData("Agence tunisienne du numérique")]
    [InlineData("Republic of Letters")]
    [InlineData("Société française de l'évaluation")]
    public void NamesNoState_WhereAnAdjectiveOrARepublicStandsAlone(string name) =>
        Assert.Null(StateNames.Default.LastNamedIn(name));
}
