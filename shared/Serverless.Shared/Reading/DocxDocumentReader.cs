using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Serverless.Shared.Reading;

/// <summary>
/// DOCX through the Open XML SDK: each body paragraph becomes a block whose kind comes from its style (headings
/// by style name or outline level, in English or French templates), whose number is the one Word displays
/// (computed from the numbering definitions, <see cref="DocxNumbering"/>), followed by the footnotes it calls;
/// tables become one text row per table row. The package is checked for zip bombs before it is opened.
/// </summary>
public sealed class DocxDocumentReader : IDocumentReader
{
    public string Format => "docx";

    public bool CanRead(DocumentSource source) =>
        source.Sniffed == SniffedFormat.Docx ||
        (source.Sniffed is SniffedFormat.Unknown or SniffedFormat.OtherBinary &&
         (source.Extension == ".docx" || source.DeclaresType("application/vnd.openxmlformats-officedocument.wordprocessingml")));

    public ReadDocument Read(DocumentSource source, CancellationToken cancellationToken = default)
    {
        ReadingLimits.EnsureAcceptableSize(source);
        OleCompoundFile.Refuse(source.Content.Span);
        ZipBombGuard.Check(source.Content);
        OtherOfficePackage.Refuse(source.Content);
        DocxNestingGuard.Check(source.Content, cancellationToken);
        DocxPackageLinks.Check(source.Content, cancellationToken);
        try
        {
            using var stream = new MemoryStream(source.Content.ToArray(), writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            var main = document.MainDocumentPart;
            var body = main?.Document?.Body ?? throw new UnreadableDocumentException(
                "The DOCX file has no document body: it contains no text. Save it again from Word and upload the new file.");
            var context = new DocxReadContext(main!);
            var blocks = new List<TextBlock>();
            foreach (var element in body.ChildElements)
            {
                cancellationToken.ThrowIfCancellationRequested();
                AddElement(element, context, blocks);
            }

            return new ReadDocument(Format, blocks, FirstPageHeader(main!, body, context));
        }
        catch (UnreadableDocumentException)
        {
            throw;
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception) when (exception is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or FileFormatException or IOException)
        {
            throw new UnreadableDocumentException(
                "The DOCX file is damaged or is not a Word document. Save it again from Word and upload the new file.", exception);
        }
    }

    /// <summary>
    /// The first page's header: the section's first-page header when it has one of its own (<c>titlePg</c>), else its
    /// default header; its paragraphs' text, empty ones left out. A letterhead set there is on no page of the body.
    /// </summary>
    private static IReadOnlyList<string>? FirstPageHeader(MainDocumentPart main, Body body, DocxReadContext context)
    {
        var section = body.Elements<SectionProperties>().LastOrDefault() ?? body.Descendants<SectionProperties>().FirstOrDefault();
        var references = section?.Elements<HeaderReference>().ToArray() ?? [];
        var type = section?.GetFirstChild<TitlePage>() is { } title && (title.Val is null || title.Val.Value) ? HeaderFooterValues.First : HeaderFooterValues.Default;
        var reference = references.FirstOrDefault(r => r.Type?.Value == type) ?? (type == HeaderFooterValues.Default ? references.FirstOrDefault(r => r.Type is null) : null);
        if (reference?.Id?.Value is not { } id || !main.TryGetPartById(id, out var found) || found is not HeaderPart part || part.Header is null)
        {
            return null;
        }

        var lines = part.Header.Descendants<Paragraph>().Where(p => !DocxOwnText.IsFallbackCopy(p)).Select(p => context.TextOf(p).Text.Trim()).Where(t => t.Length > 0).Take(MaxHeaderLines).ToArray();
        return lines.Length > 0 ? lines : null;
    }

    /// <summary>A letterhead has a few lines; a header holding more is not one.</summary>
    private const int MaxHeaderLines = 6;

    private static void AddElement(OpenXmlElement element, DocxReadContext context, List<TextBlock> blocks)
    {
        switch (element)
        {
            case Paragraph paragraph:
                AddParagraph(paragraph, context, blocks);
                break;
            case Table table:
                var rows = DocxControlledContent.Rows(table)
                    .Select(row => DocxControlledContent.Cells(row)
                        .Select(cell => string.Join(' ', DocxControlledContent.Paragraphs(cell).Select(p => context.TextOf(p).Text)).Trim())
                        .ToArray())
                    .ToArray();
                blocks.AddRange(TableBlocks.Of(rows));

                break;
            case SdtBlock sdt when IsTableOfContents(sdt):
                break;
            case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                foreach (var child in content.ChildElements)
                {
                    AddElement(child, context, blocks);
                }

                break;
            case AltChunk chunk:
                blocks.AddRange(context.ImportedHtml(chunk));
                break;
            case CustomXmlBlock custom:
                // Custom XML markup (an element of the organisation's own schema around paragraphs or tables, as
                // Word 2007's forms wrote it) tags its content; Word shows the content whatever the tag. Its
                // paragraphs were lost.
                foreach (var child in custom.ChildElements)
                {
                    AddElement(child, context, blocks);
                }

                break;
        }
    }

    /// <summary>The block Word (and pandoc) put a table of contents in: its entries are page numbers of the headings, no text.</summary>
    private static bool IsTableOfContents(SdtBlock sdt) =>
        sdt.SdtProperties?.GetFirstChild<SdtContentDocPartObject>()?.GetFirstChild<DocPartGallery>()?.Val?.Value is { } gallery &&
        gallery.Equals("Table of Contents", StringComparison.OrdinalIgnoreCase);

    private static void AddParagraph(Paragraph paragraph, DocxReadContext context, List<TextBlock> blocks)
    {
        if (context.StyleOf(paragraph).IsContents)
        {
            return;
        }

        AddOwnText(paragraph, context, blocks);

        // A text box anchored in the paragraph (a sidebar, a callout, a case study in a frame) is read after it, as
        // paragraphs of its own: its text is no part of the anchoring sentence.
        foreach (var box in DocxOwnText.TextBoxesIn(paragraph))
        {
            foreach (var child in box.ChildElements)
            {
                AddElement(child, context, blocks);
            }
        }
    }

    private static void AddOwnText(Paragraph paragraph, DocxReadContext context, List<TextBlock> blocks)
    {
        var (text, footnotes) = context.TextOf(paragraph);
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var style = context.StyleOf(paragraph);
        var (numbered, label) = context.NumberOf(paragraph, style);
        var headingLevel = style.HeadingLevel ?? OutlineLevel(paragraph);
        var kind = headingLevel is not null ? BlockKind.Heading
            : numbered && label is null ? BlockKind.ListItem
            : numbered && style.IsList ? BlockKind.ListItem
            : BlockKind.Paragraph;
        blocks.Add(new TextBlock(text.Trim(), kind, headingLevel ?? 0, label));
        foreach (var (number, note) in footnotes)
        {
            blocks.Add(new TextBlock(note, BlockKind.Footnote, Number: number));
        }
    }

    private static int? OutlineLevel(Paragraph paragraph) =>
        paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value is { } level && level < 9 ? level + 1 : null;
}

/// <summary>Styles, numbering and footnotes of one DOCX, resolved once per document.</summary>
internal sealed class DocxReadContext(MainDocumentPart main)
{
    private readonly DocxNumbering _numbering = new(main.NumberingDefinitionsPart);
    private readonly Dictionary<string, DocxStyle> _styles = DocxStyle.Load(main.StyleDefinitionsPart);
    private readonly Dictionary<long, string> _footnotes = LoadNotes(main.FootnotesPart?.Footnotes?.Elements<Footnote>().Select(n => (n.Id?.Value, n.Type is null, (OpenXmlElement)n)));
    private readonly Dictionary<long, string> _endnotes = LoadNotes(main.EndnotesPart?.Endnotes?.Elements<Endnote>().Select(n => (n.Id?.Value, n.Type is null, (OpenXmlElement)n)));
    private readonly HashSet<string> _hiddenStyles = DocxHiddenStyles.Load(main.StyleDefinitionsPart);
    private readonly DocxNoteCalls _footnoteCalls = new();
    private readonly DocxNoteCalls _endnoteCalls = new();

    public DocxStyle StyleOf(Paragraph paragraph) =>
        paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value is { } id
            ? _styles.GetValueOrDefault(id) ?? DocxStyle.FromId(id)
            : DocxStyle.Normal;

    public (bool Numbered, string? Label) NumberOf(Paragraph paragraph, DocxStyle style)
    {
        var properties = paragraph.ParagraphProperties?.NumberingProperties;
        var numId = properties?.NumberingId?.Val?.Value ?? style.NumId ?? 0;
        var level = properties?.NumberingLevelReference?.Val?.Value ?? style.NumLevel ?? 0;
        return _numbering.Next(numId, level);
    }

    /// <summary>
    /// The blocks of an HTML page the document imports in its place (<c>w:altChunk</c>: a tool that pastes a web page, or
    /// writes its report as HTML inside a DOCX, leaves it to Word to convert when the file is opened), read as the HTML
    /// reader reads a page, with its limits. Its words are the document's: Word shows them there. A chunk in another
    /// format (RTF, a web archive, text) or a missing part gives nothing.
    /// </summary>
    public IEnumerable<TextBlock> ImportedHtml(AltChunk chunk)
    {
        if (chunk.Id?.Value is not { } id || !main.TryGetPartById(id, out var part) || part is not AlternativeFormatImportPart imported ||
            !(imported.ContentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) ||
              imported.ContentType.StartsWith("application/xhtml+xml", StringComparison.OrdinalIgnoreCase)))
        {
            return [];
        }

        try
        {
            using var stream = imported.GetStream(FileMode.Open, FileAccess.Read);
            return new HtmlDocumentReader().Read(DocumentSource.FromStream("imported.html", stream)).Blocks;
        }
        catch (UnreadableDocumentException refused)
        {
            // Said of the DOCX the person uploaded, not of a page they never saw as a file.
            throw new UnreadableDocumentException($"The DOCX file imports an HTML page (an altChunk) that was not read: {refused.Message}", refused);
        }
    }

    /// <summary>The paragraph's visible text, footnote calls as <c>&lt;sup&gt;n&lt;/sup&gt;</c>, and the footnotes called.</summary>
    public (string Text, List<(string Number, string Text)> Footnotes) TextOf(Paragraph paragraph)
    {
        var text = new StringBuilder();
        var notes = new List<(string, string)>();
        var paragraphHidden = _hiddenStyles.Count > 0 && paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value is { } styleId && _hiddenStyles.Contains(styleId);
        foreach (var element in DocxOwnText.Of(paragraph))
        {
            switch (element)
            {
                case Text t when !IsNotShown(t, paragraphHidden):
                    text.Append(t.Text);
                    break;
                case TabChar:
                    text.Append('\t');
                    break;
                case Break or CarriageReturn:
                    text.Append(' ');
                    break;
                case FootnoteReference reference when reference.Id?.Value is { } id:
                    Call(text, notes, _footnoteCalls.Next(id), _footnotes.GetValueOrDefault(id));
                    break;
                case EndnoteReference reference when reference.Id?.Value is { } id:
                    // Endnotes are numbered apart from footnotes (Word shows i, ii, iii): their own count keeps their order.
                    Call(text, notes, _endnoteCalls.Next(id), _endnotes.GetValueOrDefault(id));
                    break;
            }
        }

        return (text.ToString(), notes);
    }

    /// <summary>
    /// Text Word neither shows nor prints: in a run marked hidden (<c>w:vanish</c>) by itself or, unless it says
    /// otherwise, by its character style or its paragraph's style (<see cref="DocxHiddenStyles"/>), or moved away by a
    /// tracked change (<c>w:moveFrom</c>: the same words are read where they went, <c>w:moveTo</c>, so reading both
    /// counted them twice). Hidden text would otherwise give the classifier words no reader of the contribution sees.
    /// Deleted text is <c>w:delText</c>, never read, and so is ordinary text a tool wrote inside a deletion
    /// (<c>w:del</c> around a run of <c>w:t</c>): Word shows it struck through, as what the change takes out. Nor is the prompt of a content control no one filled: Word shows it,
    /// but its words are the template's, not the contributor's (<see cref="DocxPlaceholders"/>).
    /// </summary>
    private bool IsNotShown(Text text, bool paragraphHidden)
    {
        if (text.Parent is not Run run)
        {
            return false;
        }

        if (run.Parent is MoveFromRun or DeletedRun || DocxPlaceholders.IsPlaceholder(run))
        {
            return true;
        }

        if (run.RunProperties?.Vanish is { } vanish)
        {
            return vanish.Val is null || vanish.Val.Value;
        }

        return run.RunProperties?.RunStyle?.Val?.Value is { } style && _hiddenStyles.Contains(style) || paragraphHidden;
    }

    private static void Call(StringBuilder text, List<(string, string)> notes, (string Number, bool First) call, string? note)
    {
        text.Append("<sup>").Append(call.Number).Append("</sup>");
        if (note is not null && call.First)
        {
            notes.Add((call.Number, note));
        }
    }

    /// <summary>The text of each note by id; the separators Word keeps among them (a typed note) are no notes.</summary>
    private static Dictionary<long, string> LoadNotes(IEnumerable<(long? Id, bool Ordinary, OpenXmlElement Note)>? part)
    {
        var notes = new Dictionary<long, string>();
        foreach (var (id, ordinary, note) in part ?? [])
        {
            if (id is { } key && ordinary)
            {
                var text = string.Join(' ', DocxOwnText.TextsOf(note).Select(t => t.Text));
                notes[key] = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            }
        }

        return notes;
    }
}
