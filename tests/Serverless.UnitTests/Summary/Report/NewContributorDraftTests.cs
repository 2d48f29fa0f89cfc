using System.Text.RegularExpressions;
using Serverless.Shared.Summary;
using Serverless.Shared.Summary.Report;

namespace Serverless.UnitTests.Summary.Report;

/// <summary>
/// Seven contributions written for this test by organisations the catalogue does not know (a regional community, a
/// national NGO, a joint contribution, a university network, a company, a civil-society coalition, a network of
/// engineering schools; French and English; Markdown, HTML and text, in <c>Summary/NewContributors/</c>), drafted
/// together and read as the secretariat reads a draft: every contribution under its organisation, every statement
/// either naming who did it or said to be theirs, nothing in the first person in the report's voice, no page
/// furniture, list number or footnote call quoted.
/// </summary>
public partial class NewContributorDraftTests
{
    private static readonly string Folder = Path.Combine(CorpusFiles.RepositoryRoot, "tests", "Serverless.UnitTests", "Summary", "NewContributors");

    private static readonly Lazy<(IReadOnlyList<SummaryDocument> Documents, YearSummary Summary)> Year = new(() =>
    {
        var documents = ClassifiedDocuments.Read(Directory.GetFiles(Folder).Order(StringComparer.Ordinal)).Select(d => d.Document).ToArray();
        return (documents, ClassifiedDocuments.Compiler.Compile(2025, documents, null, DateTimeOffset.UnixEpoch));
    });

    public static TheoryData<string> Languages => new() { "fr", "en" };

    [Fact]
    public void AttributesEveryContribution_ToTheOrganisationThatWroteIt()
    {
        var byFile = Year.Value.Documents.ToDictionary(d => d.FileName, d => d.Entity);

        Assert.Equal("Association Femmes et Numérique du Sahel (AFNS)", byFile["afns.md"]);
        Assert.Equal("Communauté numérique des États d'Afrique centrale (CNEAC)", byFile["cneac.html"]);
        Assert.Equal("Global Open Data Coalition (GODC)", byFile["godc.md"]);
        Assert.Equal("Meridian Cloud Systems Ltd.", byFile["meridian.html"]);
        Assert.Equal("Nordic University Network for Digital Development (NUNDD)", byFile["nundd.html"]);
        Assert.Equal("Pacific Islands Telecommunications Association (PITA) and the University of the South Pacific (USP)", byFile["pita-usp.txt"]);
        Assert.Equal("Réseau africain des écoles d'ingénieurs en télécommunications (RAEIT)", byFile["raeit.txt"]);
        Assert.DoesNotContain(Year.Value.Summary.Entities, e => e.Entity == SummaryCompiler.UnknownEntity);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void SaysWhoDidWhat_InEveryStatement(string language)
    {
        var draft = ClassifiedDocuments.Builder.Build(Year.Value.Summary, language);
        var statements = draft.Sentences().Where(s => s.Statement is not null).ToArray();

        Assert.NotEmpty(statements);
        foreach (var sentence in statements)
        {
            var entity = sentence.Statement!.Source.Entity!;
            var names = Regex.Split(entity, @"\s*[()]\s*").Where(n => n.Length > 1)
                .Concat(entity.Split(' ').Where(w => w.Length > 2 && char.IsUpper(w[0]) && w.Skip(1).Any(char.IsLower)))
                .Append(entity);
            Assert.True(names.Any(n => sentence.Text.Contains(n, StringComparison.OrdinalIgnoreCase)), $"no name of {entity} in: {sentence.Text}");
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void QuotesNothingInTheFirstPerson_OrWithThePagesMarks_InTheReportsVoice(string language)
    {
        var draft = ClassifiedDocuments.Builder.Build(Year.Value.Summary, language);

        foreach (var sentence in draft.Sentences().Select(s => s.Text))
        {
            Assert.DoesNotMatch(@"^(?:We|Our|Nous|Notre|Nos)\b", sentence);
            Assert.DoesNotMatch(@"^\(original", sentence);
            Assert.DoesNotMatch(@"[«“]\s*\(?(?:\d{1,2}|[a-z])\)\s", sentence);
            Assert.DoesNotMatch(@"\[\d+\]", sentence);
            Assert.DoesNotContain("©", sentence);
        }
    }
}
