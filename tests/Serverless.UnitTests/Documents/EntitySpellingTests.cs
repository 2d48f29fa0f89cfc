using System.Text;
using Serverless.Shared.Documents;

namespace Serverless.UnitTests.Documents;

/// <summary>An entity has one spelling whatever door its name came through, and a name built to look like another is refused.</summary>
public sealed class EntitySpellingTests
{
    [Theory]
    [InlineData("Société Générale des Télécommunications")]
    [InlineData("Ministère de l'Économie numérique")]
    [InlineData("Nguyễn Foundation")]
    public void ReadsOneEntity_When_TwoFoldersSpellItComposedAndDecomposed(string name)
    {
        // Before: the decomposed folder was a second entity, shown beside the first in the summary.
        var composed = UploadPath.Parse($"2025/{name.Normalize(NormalizationForm.FormC)}/a.pdf");
        var decomposed = UploadPath.Parse($"2025/{name.Normalize(NormalizationForm.FormD)}/b.pdf");

        Assert.Equal(name.Normalize(NormalizationForm.FormC), decomposed.Entity);
        Assert.Equal(composed.Entity, decomposed.Entity);
    }

    [Theory]
    [InlineData("UN\u0415SCO")] // a Cyrillic Е
    [InlineData("Gener\u0430l Assembly")] // a Cyrillic а
    [InlineData("\u0399TU")] // a Greek Ι
    [InlineData("M\u0438\u043d\u0438\u0441\u0442\u0435\u0440\u0441\u0442\u0432\u043e")] // a Latin M opening a Cyrillic word
    [InlineData("IT\u200BU")] // a zero-width space
    [InlineData("I\u00ADTU")] // a soft hyphen
    [InlineData("I\u0301\u0302\u0303\u0304\u0305TU")] // five marks on one letter
    public void RefusesAnEntity_SpeltToLookLikeAnother(string name)
    {
        Assert.NotNull(UploadNames.EntityProblem(name));
        Assert.False(UploadNames.IsUsableFolder(name));
        Assert.Null(UploadPath.Parse($"2025/{name}/report.pdf").Entity);
    }

    [Theory]
    [InlineData("UNESCO")]
    [InlineData("Société générale")]
    [InlineData("Nguyễn Foundation")]
    [InlineData("\u041c\u0438\u043d\u0438\u0441\u0442\u0435\u0440\u0441\u0442\u0432\u043e ITU")] // Cyrillic and Latin in separate words
    [InlineData("\u0395\u03bb\u03bb\u03ac\u03b4\u03b1")] // Greek
    [InlineData("\u0939\u093f\u0928\u094d\u0926\u0940 Samiti")] // Devanagari marks
    [InlineData("ITU-D 2025")]
    public void TakesAnEntity_SpeltAsNamesAreWritten(string name)
    {
        Assert.Null(UploadNames.EntityProblem(name));
        Assert.Equal(name, UploadPath.Parse($"2025/{name}/report.pdf").Entity);
    }
}
