using Serverless.Shared.Classification;
using Serverless.Shared.Segmentation;
using static Serverless.UnitTests.Classification.ClassifierFixture;

namespace Serverless.UnitTests.Classification;

public class ParagraphKindDetectionTests
{
    private static readonly ParagraphKindDetector Detector = new(ClassifierFixture.Taxonomy);

    [Theory]
    [InlineData("*Rappelant* sa résolution 74/197 du 19 décembre 2019,", ParagraphKind.Preambular)]
    [InlineData("Recalling its resolution 70/125,", ParagraphKind.Preambular)]
    [InlineData("- 29. Se félicite du fait que la croissance rapide de la téléphonie mobile s'est accélérée ;", ParagraphKind.Operative)]
    [InlineData("45. *Prie* le Secrétaire général de lui présenter un rapport ;", ParagraphKind.Operative)]
    [InlineData("Requests the Secretary-General to submit a report;", ParagraphKind.Operative)]
    [InlineData("28. Mise au point par l'UIT, la carte mondiale montre les infrastructures existantes.", ParagraphKind.Paragraph)]
    [InlineData("b) Infrastructure de l'information et des communications (C2)", ParagraphKind.Heading)]
    [InlineData("## Bilan de la suite donnée aux textes issus du Sommet mondial", ParagraphKind.Heading)]
    [InlineData("a) encourage les États Membres à concevoir une infrastructure des données ;", ParagraphKind.ListItem)]
    [InlineData("–\tCélébrer le 20ème anniversaire – 15 décembre, siège du PNUD (New York).", ParagraphKind.ListItem)]
    [InlineData("Les réunions ont rassemblé de nombreux participants, en présentiel ou en ligne.", ParagraphKind.Paragraph)]
    [InlineData("Also requests the Secretary-General to submit a report;", ParagraphKind.Operative)]
    [InlineData("Further invites Member States to connect every school by 2030;", ParagraphKind.Operative)]
    [InlineData("En outre, prie le Secrétaire général de lui présenter un rapport ;", ParagraphKind.Operative)]
    [InlineData("resolves to instruct the Director of the Telecommunication Development Bureau to assist Member States;", ParagraphKind.Operative)]
    [InlineData("instructs the Director of the Telecommunication Standardization Bureau to continue work on accessible standards,", ParagraphKind.Operative)]
    [InlineData("charge le Secrétaire général, en collaboration avec les Directeurs des Bureaux, de poursuivre ces travaux", ParagraphKind.Operative)]
    [InlineData("recognizing that affordable broadband remains out of reach in many least developed countries,", ParagraphKind.Preambular)]
    [InlineData("considérant que la Résolution 140 charge l'UIT de contribuer au Sommet ;", ParagraphKind.Preambular)]
    [InlineData("recognizing the value of the work done", ParagraphKind.Paragraph)]
    [InlineData("Alsoregardless of the budget, the meeting ended early.", ParagraphKind.Paragraph)]
    public void InfersKind_When_SegmenterDidNotSay(string text, ParagraphKind kind)
    {
        Assert.Equal(kind, Detector.Detect(text));
    }

    [Fact]
    public void KeepsGivenKind_When_RequestHasOne()
    {
        var labels = Classifier.Classify(new ClassificationRequest("Recalling its resolution 70/125,", Kind: ParagraphKind.Paragraph));

        Assert.Equal(ParagraphKind.Paragraph, labels.Kind);
    }
}
