using Serverless.Shared.Summary.Report;

namespace Serverless.UnitTests.Summary.Report;

/// <summary>
/// A United Nations entity that the catalogue does not list is named in the draft's language, as the United Nations
/// write it (<c>Entities/un-entities.json</c>), whatever language its contribution wrote its name in; and a letterhead
/// that prints its abbreviation over its name is not read as the country the entity works in.
/// </summary>
public sealed class UnitedNationsNameTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wsis-un-names-").FullName;

    [Theory]
    [InlineData("fr", "UNICEF input to the Secretary-General's report on WSIS implementation (2025)\n\nUnited Nations Children's Fund (UNICEF), Office of Innovation\n\n" +
        "In 2025, Giga helped connect 6,800 additional schools in 19 countries, bringing 3.2 million students online.\n",
        "Le Fonds des Nations Unies pour l'enfance (UNICEF) indique (original en anglais)")]
    [InlineData("fr", "Input of the United Nations University to the 2025 WSIS report\n\n" +
        "In 2025, the University trained 640 researchers from 41 countries in the governance of digital public infrastructure.\n",
        "L'Université des Nations Unies (UNU) indique (original en anglais)")]
    [InlineData("en", "Contribution d'ONU-Femmes au rapport 2025 sur la mise en œuvre du SMSI\n\n" +
        "En 2025, le programme a formé 12 400 femmes entrepreneures de 23 pays au commerce en ligne.\n",
        "The United Nations Entity for Gender Equality and the Empowerment of Women (UN-Women) reports (original in French)")]
    [InlineData("en", "BUREAU DES NATIONS UNIES POUR LES SERVICES D'APPUI AUX PROJETS\n\nContribution de l'UNOPS au rapport du Secrétaire général sur le SMSI\n\n" +
        "En 2025, l'UNOPS a achevé la construction de 14 centres de données régionaux et le raccordement de 220 bâtiments publics au réseau national de fibre optique.\n",
        "The United Nations Office for Project Services (UNOPS) reports (original in French)")]
    [InlineData("en", "Contribution de l'Envoyé du Secrétaire général pour les technologies au rapport 2025 sur la mise en œuvre du SMSI\n\n" +
        "En 2025, j'ai coordonné la mise en œuvre du Pacte numérique mondial et réuni à trois reprises le groupe de travail interinstitutions de 31 entités.\n",
        "The Secretary-General's Envoy on Technology reports (original in French)")]
    [InlineData("fr", "Input of the Secretary-General's Envoy on Technology to the 2025 WSIS report\n\n" +
        "In 2025, I convened the inter-agency working group on the Global Digital Compact three times, and it adopted a road map common to 31 entities.\n",
        "L'Envoyé du Secrétaire général pour les technologies indique (original en anglais)")]
    [InlineData("fr", "Contribution of the United Nations Commission on International Trade Law (UNCITRAL) to the 2025 WSIS report\n\n" +
        "In 2025, the secretariat provided legislative assistance on electronic commerce to 11 States, including comments on draft laws for Cambodia and Ghana.\n",
        "La Commission des Nations Unies pour le droit commercial international (CNUDCI) indique (original en anglais)")]
    [InlineData("fr", "# Office of the High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States (UN-OHRLLS)\n\n" +
        "Contribution to the 2025 WSIS report\n\n" +
        "In 2025, the Office launched with ITU the LDC Digital Connectivity Compact, under which 12 least developed countries adopted national targets for universal broadband connectivity.\n",
        "Le Bureau du Haut-Représentant pour les pays les moins avancés")]
    public void NamesAUnitedNationsEntity_InTheDraftsLanguage(string language, string text, string expected)
    {
        var draft = Draft(language, text);

        Assert.Contains(draft.Sentences(), s => s.Text.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void ReadsAnAbbreviationPrintedOverTheName_AsTheName_NotItsCountry()
    {
        var draft = Draft("en", "UNRWA\n\nUnited Nations Relief and Works Agency for Palestine Refugees in the Near East\n\nInput to the 2026 Report of the Secretary-General on WSIS implementation\n\nAmman, January 2026\n\n1. Context\n\nUNRWA provides education, health care, relief and social services to some 5.9 million registered Palestine refugees in Jordan, Lebanon, Syria, the West Bank, including East Jerusalem, and Gaza. The hostilities in Gaza since October 2023 destroyed or damaged most of the Agency's schools and health centres there.\n\n2. Digital learning\n\nWhen schools in Gaza could not open, UNRWA relied on its Digital Learning Platform, first launched in 2020. In 2025, the platform served 290,000 students across the five fields, with 13,000 self-learning units aligned with the host countries' curricula. The Agency set up 96 temporary learning spaces with solar-powered tablets in Gaza in 2025.\n\n3. E-health\n\nThe e-Health system, in place in all 140 UNRWA health centres outside Gaza since 2017, kept 4.1 million electronic patient records in 2025. The Agency's mobile application e-MCH, which gives mothers their children's health and vaccination records, had 270,000 users.\n\n4. Cash assistance\n\nIn 2025, UNRWA paid cash assistance to 440,000 refugees in Lebanon and Syria through electronic cards and mobile wallets, with the World Food Programme and local banks.\n\n5. Partnerships\n\nWe are grateful to the European Union, Germany, Japan and the Islamic Development Bank for their support to the Agency's digital programmes.\n\nUNRWA Department of Planning\nAmman, Jordan\n");

        var sentences = draft.Sentences().Select(s => s.Text).ToArray();
        Assert.Contains(sentences, s => s.StartsWith("The United Nations Relief and Works Agency for Palestine Refugees in the Near East (UNRWA) reports", StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.Contains("– UNRWA", StringComparison.OrdinalIgnoreCase));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private DraftReport Draft(string language, string text)
    {
        var path = Path.Combine(_folder, $"contribution-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, text);
        var documents = ClassifiedDocuments.Read([path]).Select(d => d.Document).ToArray();
        return ClassifiedDocuments.Builder.Build(ClassifiedDocuments.Compiler.Compile(2025, documents, null, DateTimeOffset.UnixEpoch), language);
    }
}
