using Serverless.Shared.Entities;
using Serverless.Shared.Summary;

namespace Serverless.UnitTests.Entities;

/// <summary>
/// A State named by its formal name, some of which end with no short name of it: a republic named by its adjective
/// ("RÉPUBLIQUE TUNISIENNE", "the Hellenic Republic", "la Confédération suisse") is the State as much as "RÉPUBLIQUE DU
/// SÉNÉGAL" is Senegal; "Korea", as the Republic of Korea's bodies write it ("Korea Information Society Development
/// Institute"), is the Republic of Korea; a body named by its State's adjective ("Nigerian Communications
/// Commission", "Agence béninoise du ...") is that State's, unless the adjective is several States' or also names a sea,
/// a territory or a language ("Indian Ocean", "Polynésie française", "Portuguese Language Countries").
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
    [InlineData("Nigerian Communications Commission (NCC)", "Nigeria", "AFRICA")]
    [InlineData("Agence béninoise du service universel des communications électroniques et de la poste (ABSU-CEP)", "Benin", "AFRICA")]
    [InlineData("Agence tunisienne du numérique (ATN)", "Tunisia", "AFRICA")]
    [InlineData("Philippine Statistics Authority (PSA)", "the Philippines", "ASIA-PACIFIC")]
    [InlineData("Autorité sud-africaine des communications", "South Africa", "AFRICA")]
    [InlineData("Office fédéral suisse de la communication", "Switzerland", "EUROPE")]
    public void PlacesABodyInTheRegionOfTheStateItsAdjectiveNames(string name, string state, string region)
    {
        Assert.Equal(state, StateNames.Default.LastNamedIn(name));
        Assert.Equal(region, RegionCatalog.LoadEmbedded().OfStateNamedIn(name));
    }

    [Theory]
    [InlineData("Republic of Letters")]
    [InlineData("Société française de l'évaluation")]
    [InlineData("Indian Ocean Commission")]
    [InlineData("Société congolaise des postes")]
    [InlineData("Community of Portuguese Language Countries")]
    [InlineData("Inter-American Telecommunication Commission")]
    public void NamesNoState_WhereARepublicStandsAlone_OrAnAdjectiveAlsoNamesASeaALanguageOrSeveralStates(string name) =>
        Assert.Null(StateNames.Default.LastNamedIn(name));
}
