using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Serverless.Shared.Summary.Report;

/// <summary>
/// The draft as a Word document staff can edit: real Title/Heading styles (so the navigation pane and a table
/// of contents work), paragraphs numbered by a Word numbering definition, not typed numbers, each sentence's source as
/// a real Word footnote, and the report's language declared (so Word checks French spelling in the French draft).
/// </summary>
public sealed class DocxReportWriter : IReportWriter
{
    private const int NumberingId = 1;

    public string Extension => "docx";

    public string ContentType => "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public byte[] Write(DraftReport report)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = Numbering();
            main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(new ThemeFontLanguages { Val = Culture(report.Language) });
            var footnotes = new Footnotes(
                new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
            var body = new Body();
            body.Append(Styled(report.Title, "Title"));
            body.Append(Styled(report.Subtitle, "Subtitle"));
            foreach (var section in report.Sections.SelectMany(s => s.SelfAndDescendants()))
            {
                body.Append(Styled(section.Heading, $"Heading{Math.Min(section.Level, 3)}"));
                foreach (var paragraph in section.Paragraphs)
                {
                    body.Append(Numbered(paragraph, footnotes));
                }
            }

            body.Append(new SectionProperties(new PageSize { Width = 11906, Height = 16838 }, new PageMargin { Top = 1440, Bottom = 1440, Left = 1440, Right = 1440 }));
            main.Document = new Document(body);
            main.AddNewPart<FootnotesPart>().Footnotes = footnotes;
            main.StyleDefinitionsPart!.Styles!.PrependChild(new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(new Languages { Val = Culture(report.Language) }))));
        }

        return stream.ToArray();
    }

    private static Paragraph Styled(string text, string style) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new Text(WordText.Valid(text)) { Space = SpaceProcessingModeValues.Preserve }));

    private static string Culture(string language) => language == "fr" ? "fr-FR" : "en-GB";

    private static Paragraph Numbered(ReportParagraph paragraph, Footnotes footnotes)
    {
        var properties = new ParagraphProperties(
            new ParagraphStyleId { Val = "NumberedParagraph" },
            new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = NumberingId }));
        var result = new Paragraph(properties);
        foreach (var (sentence, i) in paragraph.Sentences.Select((s, i) => (s, i)))
        {
            result.Append(new Run(new Text(WordText.Valid((i == 0 ? "" : " ") + DirectionalControls.Closed(sentence.Text))) { Space = SpaceProcessingModeValues.Preserve }));
            var id = footnotes.Elements<Footnote>().Count() - 1;
            footnotes.Append(new Footnote(new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = "FootnoteText" }),
                new Run(new RunProperties(new RunStyle { Val = "FootnoteReference" }), new FootnoteReferenceMark()),
                new Run(new Text(WordText.Valid(" " + sentence.Note)) { Space = SpaceProcessingModeValues.Preserve })))
            { Id = id });
            result.Append(new Run(new RunProperties(new RunStyle { Val = "FootnoteReference" }), new FootnoteReference { Id = id }));
        }

        return result;
    }

    private static Styles Styles()
    {
        Style Heading(string id, string name, int size, int outline) => new(
            new StyleName { Val = name },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new PrimaryStyle(),
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = outline }),
            new StyleRunProperties(new Bold(), new FontSize { Val = size.ToString() }))
        { Type = StyleValues.Paragraph, StyleId = id };

        return new Styles(
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle(),
                new StyleRunProperties(new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman" }, new FontSize { Val = "24" }))
            { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            Heading("Title", "Title", 32, 0),
            new Style(new StyleName { Val = "Subtitle" }, new BasedOn { Val = "Normal" }, new StyleRunProperties(new Italic()))
            { Type = StyleValues.Paragraph, StyleId = "Subtitle" },
            Heading("Heading1", "heading 1", 28, 0),
            Heading("Heading2", "heading 2", 26, 1),
            Heading("Heading3", "heading 3", 24, 2),
            new Style(new StyleName { Val = "Numbered Paragraph" }, new BasedOn { Val = "Normal" },
                new StyleParagraphProperties(new SpacingBetweenLines { After = "120" }, new Justification { Val = JustificationValues.Both }))
            { Type = StyleValues.Paragraph, StyleId = "NumberedParagraph" },
            new Style(new StyleName { Val = "footnote text" }, new BasedOn { Val = "Normal" },
                new StyleParagraphProperties(new SpacingBetweenLines { After = "0" }), new StyleRunProperties(new FontSize { Val = "18" }))
            { Type = StyleValues.Paragraph, StyleId = "FootnoteText" },
            new Style(new StyleName { Val = "footnote reference" }, new StyleRunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }))
            { Type = StyleValues.Character, StyleId = "FootnoteReference" });
    }

    private static Numbering Numbering() => new(
        new AbstractNum(
            new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.Decimal },
                new LevelText { Val = "%1." },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "567", Hanging = "567" }))
            { LevelIndex = 0 })
        { AbstractNumberId = 1 },
        new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = NumberingId });
}
