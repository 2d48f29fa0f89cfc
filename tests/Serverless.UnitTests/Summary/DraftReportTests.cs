using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Serverless.Shared.Summary;
using Serverless.Shared.Summary.Report;

namespace Serverless.UnitTests.Summary;

/// <summary>The draft's structure and formats, on a small year: two contributors, one of them writing in French.</summary>
public class DraftReportTests
{
    private static readonly SummaryDocument Itu = new("d1", "itu.md", "ITU", "en", null,
    [
        new(0, null, "heading", "Contribution of the International Telecommunication Union", [], 0, [], [], []),
        new(1, "1", "paragraph", "ITU connected 1,200 rural schools to broadband networks in twelve least developed countries.", ["C2"], 3, ["broadband"], [], []),
        new(2, "2", "paragraph", "Telemedicine pilots connected twelve hospitals in Africa to specialists through national research networks.", ["C7.4"], 2, ["telemedicine"], [], []),
    ], Kind: "contribution");

    private static readonly SummaryDocument Unesco = new("d2", "unesco.docx", "UNESCO", "fr", null,
    [
        new(0, null, "heading", "Contribution de l'UNESCO", [], 0, [], [], []),
        new(1, "1", "paragraph", "Plus de 2 000 enseignants ont été formés à l'utilisation de ressources éducatives libres en Afrique.", ["C7.3"], 3, ["enseignants"], [], []),
    ], Kind: "contribution");

    private static readonly SummaryDocument Eca = new("d3", "cea.txt", "ECA", "fr", null,
    [
        new(0, "1", "paragraph", "La CEA a aidé onze États membres à élaborer des plans nationaux pour le haut débit.", ["C2"], 3, ["haut débit"], [], []),
    ], Kind: "contribution");

    private readonly YearSummary _summary = ClassifiedDocuments.Compiler.Compile(2025, [Itu, Unesco, Eca], null, DateTimeOffset.UnixEpoch);

    [Fact]
    public void FollowsTheSecretaryGeneralsReport_ChapterByChapter()
    {
        var draft = ClassifiedDocuments.Builder.Build(_summary, "en");

        // No statement goes to the international level this year: the chapters after it move up, without a gap.
        Assert.Equal(["I. Introduction", "II. Major trends", "III. Regional implementation and follow-up",
            "IV. Action lines and overview of activities", "V. Conclusions"], draft.Sections.Select(s => s.Heading));
        Assert.Equal(["A. Africa"], draft.Sections[2].Subsections.Select(s => s.Heading));
        var lines = draft.Sections.Single(s => s.Heading.StartsWith("IV.")).Subsections;
        Assert.Equal(["Information and communication infrastructure (C2)", "ICT applications (C7)"], lines.Select(s => s.Heading));
        Assert.Equal(["E-learning", "E-health"], lines[1].Subsections.Select(s => s.Heading));
    }

    [Fact]
    public void AttributesEachStatementToItsEntity_AndMarksTheOtherLanguage_WithItsEntityEvenWhenTheQuoteNamesIt()
    {
        var french = ClassifiedDocuments.Builder.Build(_summary, "fr").Sentences().Select(s => s.Text).ToArray();
        var english = ClassifiedDocuments.Builder.Build(_summary, "en").Sentences().Select(s => s.Text).ToArray();

        // A reader of the French report may not read "ITU" in an English quote: the entity is named in the report's language.
        Assert.Contains("L'UIT indique (original en anglais) : « ITU connected 1,200 rural schools to broadband networks in twelve least developed countries. »", french);
        Assert.Contains("Selon l'UNESCO, plus de 2 000 enseignants ont été formés à l'utilisation de ressources éducatives libres en Afrique.", french);
        Assert.Contains("UNESCO reports (original in French): “Plus de 2 000 enseignants ont été formés à l'utilisation de ressources éducatives libres en Afrique.”", english);
        Assert.Contains("ITU connected 1,200 rural schools to broadband networks in twelve least developed countries.", english);
    }

    [Fact]
    public void CitesDocumentsWithoutASymbol_ByEntityTitleAndParagraph()
    {
        var notes = ClassifiedDocuments.Builder.Build(_summary, "fr").Sentences().Select(s => s.Note).ToArray();

        Assert.Contains("Union internationale des télécommunications, « Contribution of the International Telecommunication Union », par. 1.", notes);
        Assert.DoesNotContain(notes, n => n.Contains("itu.md") || n.Contains("d1"));
    }

    [Fact]
    public void WritesADocx_WithHeadingStyles_RealFootnotes_AndItsLanguage()
    {
        var draft = ClassifiedDocuments.Builder.Build(_summary, "fr");
        var bytes = new DocxReportWriter().Write(draft);

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var main = document.MainDocumentPart!;
        var paragraphs = main.Document!.Body!.Elements<Paragraph>().ToArray();
        string? Style(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        Assert.Equal(draft.Sections.Count, paragraphs.Count(p => Style(p) == "Heading1"));
        Assert.All(paragraphs.Where(p => Style(p) == "NumberedParagraph"), p => Assert.NotNull(p.ParagraphProperties!.NumberingProperties));
        var references = main.Document.Body.Descendants<FootnoteReference>().Select(r => r.Id!.Value).ToArray();
        var footnotes = main.FootnotesPart!.Footnotes!.Elements<Footnote>().Where(f => f.Id!.Value > 0).ToDictionary(f => f.Id!.Value, f => f.InnerText.Trim());
        Assert.Equal(draft.Sentences().Count(), references.Length);
        Assert.Equal(draft.Sentences().Select(s => s.Note), references.Select(id => footnotes[id]));
        Assert.Equal("fr-FR", main.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.GetFirstChild<Languages>()!.Val!.Value);
    }

    [Fact]
    public void WritesHtml_InItsLanguage_WithLinkedNotes()
    {
        var draft = ClassifiedDocuments.Builder.Build(_summary, "fr");
        var html = Encoding.UTF8.GetString(new HtmlReportWriter().Write(draft));

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"fr\">", html);
        Assert.Equal(draft.Sentences().Count(), html.Split("<li id=\"note-").Length - 1);
        Assert.Contains("<sup id=\"call-1\"><a href=\"#note-1\">1</a></sup>", html);
        Assert.DoesNotContain("<script", html);
    }

    [Fact]
    public void WritesMarkdown_WithOneFootnotePerSentence()
    {
        var draft = ClassifiedDocuments.Builder.Build(_summary, "en");
        var markdown = Encoding.UTF8.GetString(new MarkdownReportWriter().Write(draft));

        var count = draft.Sentences().Count();
        Assert.Contains($"[^{count}]: ", markdown);
        Assert.DoesNotContain($"[^{count + 1}]", markdown);
    }
}
