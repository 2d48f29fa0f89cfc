using Serverless.Shared.Classification;
using Serverless.Shared.Segmentation;
using static Serverless.UnitTests.Classification.ClassifierFixture;

namespace Serverless.UnitTests.Classification;

public class RequestExtractionTests
{
    [Fact]
    public void ExtractsWhoAsksWhomWhatAndWhen_When_ParagraphRequestsAReport()
    {
        var labels = Classifier.Classify(new ClassificationRequest(
            "45. Prie le Secrétaire général de lui présenter, à sa soixante-seizième session, un rapport sur l'application de la présente résolution ;",
            "fr", DocumentBody: "GA", DocumentSymbol: "A/RES/75/202"));

        var request = Assert.Single(labels.Requests);
        Assert.Equal("Prie", request.Verb);
        Assert.Equal("GA", request.RequestingBody);
        Assert.Equal(["SG"], request.Addressees);
        Assert.StartsWith("présenter", request.Action);
        Assert.Equal("à sa soixante-seizième session", request.ReportingSession);
        Assert.Equal("45", request.ParagraphNumber);
        Assert.Equal("A/RES/75/202", request.DocumentSymbol);
        Assert.Equal(ParagraphKind.Operative, labels.Kind);
    }

    [Fact]
    public void ExtractsTheRequest_When_AnAdverbOpensTheParagraph()
    {
        var labels = Classifier.Classify(new ClassificationRequest(
            "Also requests the Secretary-General to submit a report on rural broadband by 2027;", "en", DocumentBody: "ECOSOC"));

        var request = Assert.Single(labels.Requests);
        Assert.Equal("requests", request.Verb, ignoreCase: true);
        Assert.Equal(["SG"], request.Addressees);
        Assert.Equal("by 2027", request.Deadline);
        Assert.Equal(ParagraphKind.Operative, labels.Kind);
        Assert.Contains("ECOSOC", labels.RequestingBodies);
    }

    [Fact]
    public void ExtractsDeadline_When_EnglishRequestStatesAYear()
    {
        var labels = Classifier.Classify(new ClassificationRequest(
            "Calls upon all stakeholders to connect every school to the Internet by 2030;", "en", Kind: ParagraphKind.Operative, DocumentBody: "GA"));

        var request = Assert.Single(labels.Requests);
        Assert.Equal("Calls upon", request.Verb);
        Assert.Equal(["ALL-STAKEHOLDERS"], request.Addressees);
        Assert.Equal("connect every school to the Internet by 2030", request.Action);
        Assert.Equal("by 2030", request.Deadline);
    }

    [Fact]
    public void ExtractsEveryRequest_When_ParagraphJoinsClauses()
    {
        var labels = Classifier.Classify(new ClassificationRequest(
            "Salue les initiatives prises par les entités des Nations Unies, et engage tous les organismes facilitateurs à continuer d'œuvrer en ce sens, et invite les États Membres à y contribuer ;",
            "fr", Kind: ParagraphKind.Operative, DocumentBody: "ECOSOC"));

        Assert.Equal(["engage", "invite"], labels.Requests.Select(r => r.Verb));
        Assert.Equal(["UN-ENTITIES"], labels.Requests[0].Addressees);
        Assert.Equal(["MEMBER-STATES"], labels.Requests[1].Addressees);
        Assert.Equal(["UN-ENTITIES", "MEMBER-STATES"], labels.Addressees);
    }

    [Fact]
    public void ExtractsNothing_When_OperativeParagraphOnlyTakesNote()
    {
        var labels = Classifier.Classify(new ClassificationRequest(
            "Prend note du rapport du Secrétaire général ;", "fr", Kind: ParagraphKind.Operative, DocumentBody: "ECOSOC"));

        Assert.Empty(labels.Requests);
        Assert.Empty(labels.Addressees);
    }

    [Fact]
    public void ExtractsNothing_When_ParagraphIsNarrative()
    {
        var labels = Classifier.Classify(new ClassificationRequest(
            "La CNUCED invite chaque année les entités à présenter des contributions.", "fr", Kind: ParagraphKind.Paragraph));

        Assert.Empty(labels.Requests);
    }

    [Fact]
    public void ReturnsSameRequests_When_CalledTwice()
    {
        var extractor = new RequestExtractor(ClassifierFixture.Taxonomy);
        IReadOnlyList<string> None(int start, int length) => [];

        var first = extractor.Extract("Invite les États à agir d'ici à 2030 ;", "GA", "3", None);
        var second = extractor.Extract("Invite les États à agir d'ici à 2030 ;", "GA", "3", None);

        Assert.Equal(first.Single().Action, second.Single().Action);
        Assert.Equal("d'ici à 2030", first.Single().Deadline);
    }
}
