using Serverless.Shared.Storage;
using Serverless.UnitTests.Summary;

namespace Serverless.UnitTests.Entities;

/// <summary>
/// Contributors under a line in capitals that names no State (a press release's label, an office's department), under
/// their State's line when their name holds the State already, and named by a byline that opens on its writer and
/// their post.
/// </summary>
public class PressReleaseAndBylineContributorTests
{
    [Theory]
    [InlineData("COMMUNIQUÉ DE PRESSE\n\nUnion africaine des télécommunications (UAT)\n\nPour diffusion immédiate\n\n" +
        "Nairobi, le 18 février 2026 – L'Union africaine des télécommunications (UAT) annonce la publication de sa contribution au rapport annuel sur le SMSI.\n\n" +
        "Au cours de l'année 2025, l'UAT a coordonné la position commune africaine pour la Conférence mondiale des radiocommunications.\n",
        "Union africaine des télécommunications (UAT)")]
    [InlineData("PRESS RELEASE\n\nAsia-Pacific Telecommunity (APT)\n\nFor immediate release\n\n" +
        "Bangkok, 3 February 2026 – The Asia-Pacific Telecommunity (APT) today published its input to the annual report on WSIS implementation.\n\n" +
        "In 2025, the APT trained 900 officials of its member administrations in spectrum management.\n",
        "Asia-Pacific Telecommunity (APT)")]
    [InlineData("UNITED NATIONS\nHUMAN RIGHTS\nSPECIAL PROCEDURES\n\nSpecial Rapporteur on the right to privacy\n\n" +
        "Input of the Special Rapporteur on the right to privacy to the Secretary-General's report on WSIS implementation, 2025\n\n" +
        "1. In 2025, I presented to the Human Rights Council a thematic report on privacy and artificial intelligence in elections.\n",
        "Special Rapporteur on the right to privacy")]
    public void NamesTheContributor_WithoutALineInCapitalsThatNamesNoState(string text, string entity) =>
        Assert.Equal(entity, ReadText(text).Entity);

    [Theory]
    [InlineData("REPUBLIC OF RWANDA\nRWANDA INFORMATION SOCIETY AUTHORITY (RISA)\n\nInput to the 2025 report of the Secretary-General on WSIS implementation\n\n" +
        "In 2025, the Rwanda Information Society Authority (RISA) connected 1,240 public schools to broadband.\n",
        "Rwanda Information Society Authority (RISA)")]
    [InlineData("RÉPUBLIQUE DU BÉNIN\nAGENCE DU NUMÉRIQUE DU BÉNIN (ADN)\n\nNote sur les activités de 2025\n\n" +
        "En 2025, l'Agence du numérique du Bénin (ADN) a mis en ligne 120 démarches administratives.\n",
        "Agence du numérique du Bénin (ADN)")]
    public void GivesANameThatHoldsItsState_NoStateAgain(string text, string entity) =>
        Assert.Equal(entity, ReadText(text).Entity);

    [Theory]
    [InlineData("RÉPUBLIQUE DE GUINÉE\nTravail – Justice – Solidarité\n\nNote sur la mise en œuvre des résultats du SMSI (année 2025)\n\n" +
        "Préparée par Mme Aminata Diallo, Directrice générale, Observatoire national du numérique de Guinée\n\n" +
        "En 2025, l'Observatoire a publié le premier tableau de bord des indicateurs TIC, établi à partir d'une enquête auprès de 8 500 ménages.\n",
        "Observatoire national du numérique de Guinée")]
    [InlineData("Annual input on the implementation of the WSIS outcomes, 2025\n\nPrepared by Dr. Samuel Otieno, Director, Kenya ICT Research Centre\n\n" +
        "In 2025, the Centre surveyed 3,200 households in 14 counties on their use of mobile Internet.\n",
        "Kenya ICT Research Centre")]
    public void NamesTheOrganisation_OfABylinesWriterAndPost(string text, string entity) =>
        Assert.Equal(entity, ReadText(text).Entity);

    private static DocumentEntity ReadText(string text) =>
        ClassifiedDocuments.RecordOfText("contribution.txt", text);
}
