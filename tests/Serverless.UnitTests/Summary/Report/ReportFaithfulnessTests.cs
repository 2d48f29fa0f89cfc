using System.Text.RegularExpressions;
using Serverless.Shared.Classification;
using Serverless.Shared.Summary;
using Serverless.Shared.Summary.Report;

namespace Serverless.UnitTests.Summary.Report;

/// <summary>
/// The drafts of real documents, read as a drafter would check them: nothing said twice, everything cited, nothing
/// said that the cited paragraph does not say, each contribution once whatever its formats. The samples always; the
/// corpus and the samples together where the corpus is present.
/// </summary>
public partial class ReportFaithfulnessTests
{
    private static readonly Lazy<Year> Samples = new(() => Year.Of(ClassifiedDocuments.Samples().Select(d => d.Document).ToArray()));
    private static readonly Lazy<Year> Corpus = new(() => Year.Of(ClassifiedDocuments.CorpusAndSamples().Select(d => d.Document).ToArray()));

    public static TheoryData<string> Languages => new() { "fr", "en" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void SaysNothingTwice_InTheSamplesDraft(string language) => AssertNoNearDuplicates(Samples.Value.Draft(language));

    [Theory]
    [MemberData(nameof(Languages))]
    public void CitesEveryStatement_NeverByFileNameOrHash_InTheSamplesDraft(string language) => AssertCited(Samples.Value, language);

    [Theory]
    [MemberData(nameof(Languages))]
    public void SaysOnlyWhatTheCitedParagraphSays_InTheSamplesDraft(string language) => AssertFaithful(Samples.Value, language);

    [CorpusTheory]
    [MemberData(nameof(Languages))]
    public void SaysNothingTwice_InTheCorpusDraft(string language)
    {
        AssertNoNearDuplicates(Corpus.Value.Draft(language));
    }

    [CorpusTheory]
    [MemberData(nameof(Languages))]
    public void CitesEveryStatement_NeverByFileNameOrHash_InTheCorpusDraft(string language)
    {
        AssertCited(Corpus.Value, language);
    }

    [CorpusTheory]
    [MemberData(nameof(Languages))]
    public void SaysOnlyWhatTheCitedParagraphSays_InTheCorpusDraft(string language)
    {
        AssertFaithful(Corpus.Value, language);
    }

    [Fact]
    public void CountsEachContributionOnce_WhateverItsFormats()
    {
        var summary = Samples.Value.Summary;

        // Nine files: ITU as Markdown, DOCX and PDF, UNESCO as DOCX, HTML and PDF, and three others.
        Assert.Equal(5, summary.Totals.Documents);
        Assert.Equal(4, summary.Totals.Renditions);
        Assert.Equal(1, summary.Entities.Single(e => e.Entity == "ITU").Documents);
        Assert.Equal(1, summary.Entities.Single(e => e.Entity == "UNESCO").Documents);
        var schools = Samples.Value.Draft("en").Sentences().Count(s => s.Text.Contains("1,200 rural schools", StringComparison.Ordinal));
        Assert.Equal(1, schools);
    }

    [Fact]
    public void AttributesEverySampleToAnEntity_AndListsNoUnknownContributor()
    {
        var summary = Samples.Value.Summary;

        Assert.DoesNotContain(summary.Entities, e => e.Entity == SummaryCompiler.UnknownEntity);
        Assert.Equal(["CSTD", "ECA", "ECOSOC", "ITU", "UNESCO"], summary.Entities.Select(e => e.Entity));
    }

    [Fact]
    public void QuotesALeadIn_WithItsList()
    {
        var sentence = Samples.Value.Draft("en").Sentences().Single(s => s.Text.Contains("Among them:", StringComparison.Ordinal));

        Assert.Contains("a) 1,100 women took part in the digital skills programme;", sentence.Text);
        Assert.Contains("b) 400 regulators completed the spectrum management course.", sentence.Text);
    }

    [Fact]
    public void NeverCountsAHeading_AsAParagraph()
    {
        var summary = Samples.Value.Summary;
        var draft = Samples.Value.Draft("en");

        // The ITU contribution's three "Action line Cn: ..." headings are not C2, C4 or C7.4 paragraphs.
        Assert.DoesNotContain(draft.Sentences(), s => Regex.IsMatch(s.Text, @"^(Action line|Grande orientation) C\d"));
        Assert.Equal(summary.Totals.Paragraphs, summary.Entities.Sum(e => e.Paragraphs));
        var labelledNonHeadings = Samples.Value.Documents
            .Where(d => d.RenditionOf is null)
            .SelectMany(d => d.Paragraphs)
            .Count(p => p.Kind != "heading" && p.ActionLines.Any(c => c == "C2"));
        Assert.Equal(labelledNonHeadings, summary.ActionLines.Single(a => a.Code == "C2").Paragraphs);
    }

    [Fact]
    public void KeepsResolutionsOutOfTheActionLineSections_AndTheirRequestsToTheSecretaryGeneralForTheConclusions()
    {
        var draft = Samples.Value.Draft("en");

        var actionLines = draft.Sections.Single(s => s.Heading.StartsWith("V.", StringComparison.Ordinal));
        var cited = actionLines.SelfAndDescendants().SelectMany(s => s.Paragraphs).SelectMany(p => p.Sentences).Select(s => s.Statement?.Source.Kind);
        Assert.DoesNotContain("resolution", cited);
        var international = draft.Sections.Single(s => s.Heading.StartsWith("IV.", StringComparison.Ordinal)).SelfAndDescendants().SelectMany(s => s.Paragraphs).SelectMany(p => p.Sentences);
        Assert.Contains(international, s => s.Text.StartsWith("The Economic and Social Council welcomes the contributions of the facilitators", StringComparison.Ordinal));
        var conclusions = draft.Sections.Single(s => s.Heading.StartsWith("VI.", StringComparison.Ordinal)).Paragraphs.SelectMany(p => p.Sentences);
        Assert.Contains(conclusions, s => s.Text.StartsWith("The Economic and Social Council requests the Secretary-General to submit", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("fr", "(original en anglais)")]
    [InlineData("en", "(original in French)")]
    public void WritesOneLanguage_AndMarksStatementsKeptInTheOther(string language, string mark)
    {
        var draft = Samples.Value.Draft(language);
        var other = language == "fr" ? "en" : "fr";

        Assert.All(draft.Sentences().Where(s => s.Statement?.Language == other), s => Assert.Contains(mark, s.Text));
        var ownWords = draft.Sentences().Where(s => s.Statement is null).Select(s => s.Text + " " + s.Note)
            .Concat(draft.Sections.SelectMany(s => s.SelfAndDescendants()).Select(s => s.Heading));
        var foreign = language == "fr" ? ForeignToFrench() : ForeignToEnglish();
        Assert.All(ownWords, text => Assert.DoesNotMatch(foreign, text));
    }

    private static void AssertNoNearDuplicates(DraftReport draft)
    {
        var statements = draft.Sentences().Where(s => s.Statement is not null).Select(s => (s.Text, Words: WordsOf(s.Statement!.Text))).ToArray();
        Assert.NotEmpty(statements);
        for (var i = 0; i < statements.Length; i++)
        {
            for (var j = i + 1; j < statements.Length; j++)
            {
                var (small, large) = statements[i].Words.Count <= statements[j].Words.Count ? (statements[i].Words, statements[j].Words) : (statements[j].Words, statements[i].Words);
                var shared = (double)small.Count(large.Contains) / small.Count;
                Assert.True(shared < 0.9, $"Two statements share {shared:P0} of their words:\n{statements[i].Text}\n{statements[j].Text}");
            }
        }
    }

    private static void AssertCited(Year year, string language)
    {
        var draft = year.Draft(language);
        var fileNames = year.Documents.Select(d => d.FileName).ToArray();
        Assert.All(draft.Sentences(), sentence =>
        {
            Assert.False(string.IsNullOrWhiteSpace(sentence.Note), $"No note: {sentence.Text}");
            Assert.DoesNotMatch(HexRun(), sentence.Note);
            Assert.DoesNotMatch(FileExtension(), sentence.Note);
            Assert.DoesNotContain(fileNames, name => sentence.Note.Contains(name, StringComparison.OrdinalIgnoreCase));
        });
    }

    /// <summary>
    /// Every figure and every proper name of a sentence is in the paragraph it cites (with the list a lead-in
    /// introduces), apart from the words the report adds to attribute it: its entity's name and the language mark.
    /// </summary>
    private static void AssertFaithful(Year year, string language)
    {
        var draft = year.Draft(language);
        var checkedSentences = 0;
        foreach (var sentence in draft.Sentences().Where(s => s.Statement is not null))
        {
            var statement = sentence.Statement!;
            var source = year.SourceText(statement.Source);
            var text = sentence.Text;
            foreach (var added in Attribution(statement))
            {
                text = text.Replace(added, " ", StringComparison.Ordinal);
            }

            foreach (Match number in Number().Matches(text))
            {
                Assert.True(source.Contains(number.Value, StringComparison.Ordinal), $"'{number.Value}' is not in the cited paragraph.\nSentence: {sentence.Text}\nSource: {source}");
            }

            foreach (Match name in ProperName().Matches(text))
            {
                var before = text[..name.Index].TrimEnd(' ', '«', '“', '"', '(', '\u00A0');
                if (before.Length == 0 || before[^1] is '.' or ':' or ';' or ')' or '»' or '”')
                {
                    continue;
                }

                Assert.True(source.Contains(name.Value, StringComparison.Ordinal), $"'{name.Value}' is not in the cited paragraph.\nSentence: {sentence.Text}\nSource: {source}");
            }

            checkedSentences++;
        }

        Assert.True(checkedSentences > 0);
    }

    /// <summary>The words the report adds around a source's own: who says it, and in which language it was written.</summary>
    private static IEnumerable<string> Attribution(Statement statement)
    {
        var entity = ClassifiedDocuments.Entities.Get(statement.Entity);
        var subjects = entity is null ? [] : new[] { entity.SubjectFr, entity.SubjectEn, entity.En, entity.Fr };
        var organNames = new[] { "Le Conseil économique et social", "The Economic and Social Council", "L'Assemblée générale", "The General Assembly", "le Secrétaire général", "the Secretary-General" };
        return subjects.SelectMany(s => new[] { s, char.ToLowerInvariant(s[0]) + s[1..] })
            .Concat(organNames)
            .Concat(["(original en anglais)", "(original en français)", "(original in English)", "(original in French)", "Selon", "According to"])
            .OrderByDescending(s => s.Length);
    }

    private static HashSet<string> WordsOf(string text) => TextNormaliser.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();

    [GeneratedRegex(@"[0-9a-f]{16,}", RegexOptions.IgnoreCase)]
    private static partial Regex HexRun();

    [GeneratedRegex(@"\.(txt|md|pdf|docx|html?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FileExtension();

    [GeneratedRegex(@"\d+(?:[.,\u202F\u00A0 ]\d+)*")]
    private static partial Regex Number();

    [GeneratedRegex(@"(?<![\p{L}'’])\p{Lu}[\p{L}\-]+")]
    private static partial Regex ProperName();

    [GeneratedRegex(@"\b(the|and|paragraphs?|para\.|documents received|action lines?|summary of)\b")]
    private static partial Regex ForeignToFrench();

    [GeneratedRegex(@"\b(les|des|paragraphes?|par\.|grandes? orientations?|résumé)\b")]
    private static partial Regex ForeignToEnglish();

    private sealed record Year(IReadOnlyList<SummaryDocument> Documents, YearSummary Summary)
    {
        private readonly Dictionary<string, DraftReport> _drafts = [];

        public static Year Of(IReadOnlyList<SummaryDocument> documents) =>
            new(documents, ClassifiedDocuments.Compiler.Compile(2025, documents, null, DateTimeOffset.UnixEpoch));

        public DraftReport Draft(string language)
        {
            lock (_drafts)
            {
                return _drafts.TryGetValue(language, out var draft) ? draft : _drafts[language] = ClassifiedDocuments.Builder.Build(Summary, language);
            }
        }

        /// <summary>The cited paragraph's text, with the list items that follow a lead-in.</summary>
        public string SourceText(ParagraphCitation citation)
        {
            var paragraphs = Documents.Single(d => d.Id == citation.DocumentId).Paragraphs;
            var at = paragraphs.ToList().FindIndex(p => p.Index == citation.ParagraphIndex);
            var items = paragraphs.Skip(at + 1).TakeWhile(p => p.Kind == "list-item").Select(p => p.Text);
            return string.Join(" ", items.Prepend(paragraphs[at].Text));
        }
    }
}
