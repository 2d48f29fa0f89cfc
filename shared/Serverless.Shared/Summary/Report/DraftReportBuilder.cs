using System.Globalization;

namespace Serverless.Shared.Summary.Report;

/// <summary>
/// Builds the draft report from a year's summary, following the structure of the Secretary-General's report:
/// introduction, major trends, regional, international (mandates, requests, one section per action line),
/// conclusions. Figures cite the year's summary; quoted paragraphs cite their document and paragraph.
/// </summary>
public sealed class DraftReportBuilder
{
    private static readonly string[] Chapters = ["I.", "II.", "III.", "IV.", "V."];

    public DraftReport Build(YearSummary summary, string? language = null)
    {
        language = language is "fr" or "en" ? language : summary.Language;
        var text = ReportText.For(language);
        var culture = CultureInfo.GetCultureInfo(language == "fr" ? "fr-FR" : "en-GB");
        string Format(string pattern, params object?[] values) => string.Format(culture, pattern, values);
        var self = Format(text.SummaryOf, summary.Year);

        var sections = new List<ReportSection>
        {
            Chapter(0, text.Introduction,
            [
                new ReportParagraph(text.Mandate, []),
                new ReportParagraph(Format(text.Contributors, summary.Totals.Documents, summary.Totals.Paragraphs, summary.Totals.ContributingEntities,
                    string.Join(", ", summary.Entities.Select(e => e.Entity))), [self]),
            ]),
            Chapter(1, text.Trends, Trends(summary, text, language, Format, self)),
            Chapter(2, text.Regional, [], summary.Regions.Select((r, i) => new ReportSection(2, $"{Letter(i)}. {Name(language, r.Name, r.NameFr)}",
                Highlights(Format(text.RegionLead, r.Paragraphs, r.Documents, Name(language, r.Name, r.NameFr)), self, r.Highlights, text), [])).ToArray()),
            Chapter(3, text.International, [], [Mandates(summary, text, language, Format, self), ActionLines(summary, text, language, Format, self)]),
            Chapter(4, text.Conclusions,
            [
                new ReportParagraph(Format(text.ConclusionLead, summary.Totals.Paragraphs, summary.Totals.LabelledParagraphs, summary.Totals.LabelledShare,
                    summary.ActionLines.Count), [self]),
            ]),
        };

        return new DraftReport(language, text.Title, Format(text.Subtitle, summary.Year, summary.Version), sections);
    }

    /// <summary>How a source is cited: the document's symbol if it has one, else its entity and file name, then the paragraph.</summary>
    public static string Cite(ParagraphCitation source, ReportText text)
    {
        var document = source.Symbol ?? string.Join(", ", new[] { source.Entity, source.FileName }.Where(p => !string.IsNullOrEmpty(p)));
        var paragraph = source.ParagraphNumber ?? $"#{source.ParagraphIndex + 1}";
        return $"{document}, {text.Paragraph} {paragraph}";
    }

    private static List<ReportParagraph> Trends(YearSummary summary, ReportText text, string language, Func<string, object?[], string> format, string self)
    {
        var top = summary.ActionLines.Where(a => !a.Code.Contains('.'))
            .OrderByDescending(a => a.Paragraphs).ThenBy(a => ActionLineOrder.Key(a.Code))
            .Take(3)
            .Select(a => $"{a.Code} ({Name(language, a.Name, a.NameFr)}, {a.Paragraphs})");
        var paragraphs = new List<ReportParagraph> { new(format(text.TrendsLead, [string.Join("; ", top)]), [self]) };
        if (summary.Previous is { } previous)
        {
            paragraphs.Add(new ReportParagraph(format(text.TrendChange,
                [summary.Year - 1, previous.Documents, summary.Totals.Documents, previous.Paragraphs, summary.Totals.Paragraphs]), [self]));
        }

        return paragraphs;
    }

    private static ReportSection Mandates(YearSummary summary, ReportText text, string language, Func<string, object?[], string> format, string self)
    {
        var paragraphs = summary.Bodies
            .Select(b => new ReportParagraph(format(text.BodyLine, [Name(language, b.Name, b.NameFr), b.Paragraphs, b.Documents, b.Requests]), [self]))
            .ToList();
        paragraphs.Add(new ReportParagraph(summary.RequestsToSecretaryGeneral.Count > 0 ? text.RequestsToSg : text.NoRequests, [self]));
        paragraphs.AddRange(summary.RequestsToSecretaryGeneral
            .DistinctBy(r => (r.Source.DocumentId, r.Source.ParagraphIndex))
            .Select(r => new ReportParagraph(r.Source.Text, [Cite(r.Source, text)], Quote: true)));
        return new ReportSection(2, $"A. {text.Mandates}", paragraphs, []);
    }

    private static ReportSection ActionLines(YearSummary summary, ReportText text, string language, Func<string, object?[], string> format, string self)
    {
        var lines = summary.ActionLines.Select(a =>
        {
            var lead = format(text.ActionLineLead, [a.Paragraphs, a.Documents, string.Join(", ", a.Entities)]);
            var paragraphs = Highlights(lead, self, a.Highlights, text);
            if (a.DistinctiveTerms.Count > 0)
            {
                paragraphs.Insert(1, new ReportParagraph(format(text.Terms, [string.Join(", ", a.DistinctiveTerms)]), [self]));
            }

            return new ReportSection(3, $"{a.Code}. {Name(language, a.Name, a.NameFr)}", paragraphs, []);
        }).ToArray();
        return new ReportSection(2, $"B. {text.ActionLines}", [], lines);
    }

    private static List<ReportParagraph> Highlights(string lead, string self, IReadOnlyList<ParagraphCitation> highlights, ReportText text) =>
        highlights.Select(h => new ReportParagraph(h.Text, [Cite(h, text)], Quote: true)).Prepend(new ReportParagraph(lead, [self])).ToList();

    private static ReportSection Chapter(int index, string heading, IReadOnlyList<ReportParagraph> paragraphs, IReadOnlyList<ReportSection>? subsections = null) =>
        new(1, $"{Chapters[index]} {heading}", paragraphs, subsections ?? []);

    private static string Letter(int index) => ((char)('A' + index)).ToString();

    private static string Name(string language, string english, string french) => language == "fr" ? french : english;
}
