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

    [Theory]
    [InlineData("Contribution of the Pacific Community (SPC) to the 2026 WSIS report", "Pacific Community (SPC)")]
    [InlineData("Submission from the Kenya ICT Authority for the annual report on WSIS implementation", "Kenya ICT Authority")]
    [InlineData("Digital Impact Alliance contribution to the WSIS report 2025", "Digital Impact Alliance")]
    [InlineData("Contribution of Red Comunitaria Andina: community networks in 2025", "Red Comunitaria Andina")]
    [InlineData("Contribution de l'Agence ivoirienne du service universel des télécommunications (AISUT) au rapport annuel", "Agence ivoirienne du service universel des télécommunications (AISUT)")]
    [InlineData("Contribution du Réseau des bibliothèques sahéliennes pour le rapport 2026", "Réseau des bibliothèques sahéliennes")]
    [InlineData("Contribution de l'Union internationale des télécommunications au rapport 2025 sur le SMSI", "ITU")]
    public void TakesTheContributor_FromTheTitle_EvenWhenTheCatalogueDoesNotKnowIt(string title, string entity)
    {
        var record = ReadText(title + "\n\nIn 2025 the programme trained 300 librarians to run reading rooms with shared computers.\n");

        Assert.Equal(entity, record.Entity);
        Assert.Equal("detected", record.EntitySource);
        Assert.StartsWith("title: ", record.EntityEvidence);
    }

    [Theory]
    [InlineData("Contribution to the report of the Secretary-General on WSIS progress (2025)")]
    [InlineData("Contribution of the secretariat to the annual report")]
    public void NamesNoContributor_When_TheTitleNamesNone(string title)
    {
        var record = ReadText(title + "\n\nIn 2025 the programme trained 300 librarians to run reading rooms with shared computers.\n");

        Assert.Null(record.Entity);
    }

    [Theory]
    [InlineData("Annual report 2025", "The Caribbean Telecommunications Union (CTU) is pleased to submit its contribution to the report of the Secretary-General.", "Caribbean Telecommunications Union (CTU)")]
    [InlineData("WSIS implementation in 2025", "Digital Rights Watch Uganda has the honour to transmit the following information on its work in 2025.", "Digital Rights Watch Uganda")]
    [InlineData("Rapport d'activité 2025", "L'Observatoire sénégalais des usages numériques a l'honneur de présenter sa contribution au rapport annuel du Secrétaire général.", "Observatoire sénégalais des usages numériques")]
    [InlineData("Mise en œuvre du SMSI", "Le Réseau francophone des régulateurs des télécommunications (FRATEL) soumet ci-après sa contribution au rapport.", "Réseau francophone des régulateurs des télécommunications (FRATEL)")]
    [InlineData("Annual report 2025", "The International Telecommunication Union is pleased to share its contribution to the report.", "ITU")]
    public void TakesTheContributor_FromAnOpeningSentenceThatPresentsTheContribution(string title, string opening, string entity)
    {
        var record = ReadText(title + "\n\n" + opening + "\n\nIn 2025 the programme trained 300 librarians to run reading rooms with shared computers.\n");

        Assert.Equal(entity, record.Entity);
        Assert.StartsWith("introduction: ", record.EntityEvidence);
    }

    [Theory]
    [InlineData("We are pleased to submit our contribution to the report of the Secretary-General.")]
    [InlineData("The Secretariat is pleased to submit its contribution to the annual report.")]
    [InlineData("Nous avons le plaisir de présenter notre contribution au rapport annuel.")]
    [InlineData("La présente note présente la contribution du réseau au rapport annuel.")]
    [InlineData("Our small network is pleased to share its contribution to the report.")]
    [InlineData("Notre association a le plaisir de présenter sa contribution au rapport annuel.")]
    public void NamesNoContributor_When_TheOpeningSentenceNamesNoOrganisation(string opening)
    {
        var record = ReadText("Annual report 2025\n\n" + opening + "\n\nIn 2025 the programme trained 300 librarians to run reading rooms with shared computers.\n");

        Assert.Null(record.Entity);
    }

    private static Serverless.Shared.Storage.DocumentEntity ReadText(string text) =>
        ClassifiedDocuments.RecordOfText("contribution.txt", text);
}
