using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Serverless.UnitTests.Reading;

/// <summary>Writes a <see cref="SampleDocument"/> as DOCX: heading styles, and Word numbering for numbered and lettered paragraphs.</summary>
public static class DocxSampleWriter
{
    private const int DecimalList = 1;
    private const int LetterList = 2;

    public static byte[] Write(SampleDocument document, string? footnote = null)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                AbstractList(DecimalList, NumberFormatValues.Decimal, "%1."),
                AbstractList(LetterList, NumberFormatValues.LowerLetter, "%1)"),
                new NumberingInstance(new AbstractNumId { Val = DecimalList }) { NumberID = DecimalList },
                new NumberingInstance(new AbstractNumId { Val = LetterList }) { NumberID = LetterList });
            if (footnote is not null)
            {
                main.AddNewPart<FootnotesPart>().Footnotes = new Footnotes(
                    new Footnote(new Paragraph(new Run(new Text(footnote)))) { Id = 1 });
            }

            var body = new Body();
            var first = true;
            foreach (var block in document.Blocks)
            {
                var paragraph = Paragraph(block);
                if (footnote is not null && block.Kind == SampleBlockKind.Paragraph && first)
                {
                    paragraph.Append(new Run(new FootnoteReference { Id = 1 }));
                    first = false;
                }

                body.Append(paragraph);
            }

            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(SampleBlock block)
    {
        var properties = block.Kind switch
        {
            SampleBlockKind.Title => new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }),
            SampleBlockKind.Heading => new ParagraphProperties(new ParagraphStyleId { Val = "Heading2" }),
            SampleBlockKind.Numbered => Numbered(DecimalList),
            SampleBlockKind.Lettered => Numbered(LetterList),
            _ => new ParagraphProperties(),
        };
        return new Paragraph(properties, new Run(new Text(block.Text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static ParagraphProperties Numbered(int list) =>
        new(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = list }));

    private static AbstractNum AbstractList(int id, NumberFormatValues format, string text) =>
        new(new Level(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = format },
            new LevelText { Val = text }) { LevelIndex = 0 }) { AbstractNumberId = id };
}
