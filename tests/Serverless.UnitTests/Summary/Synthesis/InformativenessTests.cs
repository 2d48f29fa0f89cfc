using Serverless.Shared.Summary.Synthesis;

namespace Serverless.UnitTests.Summary.Synthesis;

/// <summary>What a sentence is worth to a drafter: nothing when it is only names (a signature, an address, a heading).</summary>
public sealed class InformativenessTests
{
    [Theory]
    [InlineData("Dr. Agnes Nakato Principal, College of Computing and Information Sciences")]
    [InlineData("Ministère de la Transition Digitale, des Postes et des Communications Électroniques")]
    [InlineData("UNITED NATIONS HUMAN SETTLEMENTS PROGRAMME, NAIROBI OFFICE, KENYA")]
    public void WeighsNothing_When_EveryLongerWordIsAName(string sentence) =>
        Assert.Equal(0, Informativeness.Score(sentence));

    [Theory]
    [InlineData("The College of Computing trained 1,150 Market Vendors in Kampala and Gulu.")]
    [InlineData("Le Ministère a raccordé 45 chefs-lieux de province à la fibre optique.")]
    [InlineData("ربطت الوزارة خمسا وأربعين مدينة بشبكة الألياف البصرية في عام 2025")]
    public void WeighsASentence_When_ItHasWordsInLowerCase_OrItsScriptHasNoCase(string sentence) =>
        Assert.True(Informativeness.Score(sentence) > 0);

    [Theory]
    [InlineData("Focal point: Dr. Maria Fernández, Chief, Digital Public Goods Unit")]
    [InlineData("Personne à contacter : M. Karim Benali, Division de la Transformation Numérique")]
    [InlineData("Contact: Partnership coordination unit, Suva, Fiji.")]
    [InlineData("Adresse : Secrétariat du réseau, Quartier Plateau, Dakar, Sénégal.")]
    public void WeighsNothing_When_AFormsFieldHoldsOnlyNames_OrAnAddress(string sentence) =>
        Assert.Equal(0, Informativeness.Score(sentence));

    [Theory]
    [InlineData("Which action lines did your 12 programmes in 2025 address?")]
    [InlineData("Quelles activités avez-vous menées en 2025 dans les 14 régions ?")]
    public void WeighsNothing_When_TheSentenceIsAQuestion(string sentence) =>
        Assert.Equal(0, Informativeness.Score(sentence));

    [Theory]
    [InlineData("Activities: the Ministry connected 1,150 schools to the backbone in 2025.")]
    [InlineData("Results: We trained teachers, nurses and engineers in twelve districts.")]
    public void WeighsAFieldsAnswer_When_ItSaysWhatWasDone(string sentence) =>
        Assert.True(Informativeness.Score(sentence) > 0);
}
