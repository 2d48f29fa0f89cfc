using Serverless.Shared.Entities;
using Serverless.UnitTests.Summary;

namespace Serverless.UnitTests.Entities;

public class ContributorDetectorTests
{
    private static readonly EntityCatalog Catalog = EntityCatalog.LoadEmbedded();

    [Theory]
    [InlineData("itu-contribution-2025.md", "ITU", "title")]
    [InlineData("itu-contribution-2025.docx", "ITU", "title")]
    [InlineData("itu-contribution-2025.pdf", "ITU", "title")]
    [InlineData("unesco-contribution-2025.docx", "UNESCO", "title")]
    [InlineData("unesco-contribution-2025.html", "UNESCO", "title")]
    [InlineData("unesco-contribution-2025.pdf", "UNESCO", "title")]
    [InlineData("cea-contribution-2025.txt", "ECA", "title")]
    [InlineData("cstd-contribution-2025.md", "CSTD", "file name")]
    [InlineData("cstd-draft-resolution-2025.txt", "ECOSOC", "issuing body")]
    public void AttributesEverySample_ToItsEntity_WithTheEvidence(string file, string entity, string source)
    {
        var (_, record) = ClassifiedDocuments.Read([Path.Combine(ClassifiedDocuments.SamplesFolder, file)]).Single();

        Assert.Equal(entity, record.Entity);
        Assert.Equal("detected", record.EntitySource);
        Assert.StartsWith(source + ": ", record.EntityEvidence);
    }

    [Fact]
    public void NamesTheItuCouncil_NotItu_When_TheTextSaysConseilDeLUit()
    {
        var found = Catalog.Find("Le Conseil de l'UIT a examiné le rapport du Groupe de travail.");

        Assert.Equal(["ITU-COUNCIL"], found.Select(m => m.Entity.Id));
    }

    [Fact]
    public void KeepsEntityAndOrganApart_InTheCatalogue()
    {
        Assert.Equal("entity", Catalog.Get("ITU")!.Kind);
        Assert.Equal("organ", Catalog.Get("ITU-COUNCIL")!.Kind);
        Assert.Equal("ITU", Catalog.Get("ITU-COUNCIL")!.Parent);
    }

    [Theory]
    [InlineData("UIT", "ITU")]
    [InlineData("itu", "ITU")]
    [InlineData("International Telecommunication Union", "ITU")]
    [InlineData("Commission économique pour l'Afrique", "ECA")]
    [InlineData("CEPALC", "ECLAC")]
    [InlineData("Some Foundation", null)]
    public void NormalisesWhatAPersonTypes_ToOneId(string typed, string? id) => Assert.Equal(id, Catalog.Normalise(typed));

    [Fact]
    public void TakesAnAbbreviation_OnlyAsWritten_When_ItIsAlsoAWord()
    {
        Assert.Empty(Catalog.Find("Officials who followed the course were trained."));
        Assert.Equal(["WHO"], Catalog.Find("Together with WHO, five countries adopted guidelines.").Select(m => m.Entity.Id));
    }
}
