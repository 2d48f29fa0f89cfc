using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Serverless.Shared.Summary.Report;

/// <summary>
/// The draft as a Word document staff can edit: real Title/Heading styles (so the navigation pane and a table
/// of contents work) and paragraphs numbered by a Word numbering definition, not typed numbers.
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
            var body = new Body();
            body.Append(Styled(report.Title, "Title"));
            body.Append(Styled(report.Subtitle, "Subtitle"));
            foreach (var section in report.Sections.SelectMany(s => s.SelfAndDescendants()))
            {
                body.Append(Styled(section.Heading, $"Heading{Math.Min(section.Level, 3)}"));
                foreach (var paragraph in section.Paragraphs)
                {
                    body.Append(Numbered(paragraph));
                }
            }

            body.Append(new SectionProperties(new PageSize { Width = 11906, Height = 16838 }, new PageMargin { Top = 1440, Bottom = 1440, Left = 1440, Right = 1440 }));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static Paragraph Styled(string text, string style) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static Paragraph Numbered(ReportParagraph paragraph)
    {
        var properties = new ParagraphProperties(
            new ParagraphStyleId { Val = "NumberedParagraph" },
            new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = NumberingId }));
        var result = new Paragraph(properties);
        var text = new Run(new Text(paragraph.Quote ? $"« {paragraph.Text} »" : paragraph.Text) { Space = SpaceProcessingModeValues.Preserve });
        if (paragraph.Quote)
        {
            text.PrependChild(new RunProperties(new Italic()));
        }

        result.Append(text);
        if (paragraph.Sources.Count > 0)
        {
            result.Append(new Run(
                new RunProperties(new Color { Val = "555555" }),
                new Text($" [{string.Join("; ", paragraph.Sources)}]") { Space = SpaceProcessingModeValues.Preserve }));
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
            { Type = StyleValues.Paragraph, StyleId = "NumberedParagraph" });
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
