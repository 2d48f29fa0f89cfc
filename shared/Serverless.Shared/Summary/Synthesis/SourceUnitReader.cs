using System.Text.RegularExpressions;
using Serverless.Shared.Classification;
using Serverless.Shared.Entities;
using Serverless.Shared.Segmentation;

namespace Serverless.Shared.Summary.Synthesis;

/// <summary>
/// Turns a document's paragraphs into <see cref="SourceUnit"/>s: decides each one's <see cref="MaterialKind"/> from the
/// paragraph's kind and the document's kind, joins lead-ins with their lists, numbers list items under their paragraph,
/// and attributes units of reports to the entity they are about.
/// </summary>
public sealed partial class SourceUnitReader(EntityCatalog entities, Taxonomy taxonomy)
{
    private const int HeadingLikeLength = 140;
    private const int ShortLineLength = 60;

    public IEnumerable<SourceUnit> Read(SummaryDocument document)
    {
        var paragraphs = document.Paragraphs;
        string? lastNumber = null;
        var quotation = new QuotedText(_quotedOpenings);

        // A plain text marks no section: the last line read as a heading stands for it ("Recommendations" over its list).
        var sectionless = paragraphs.All(p => p.Section is null);
        string? lastHeading = null;
        ActivityTable? table = null;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var paragraph = paragraphs[i];
            if (paragraph.Kind == "table" && document.Kind is DocumentKinds.Contribution or DocumentKinds.Other)
            {
                // A table's first row is its header; a table of activities' next rows are the contributor's work.
                if (i == 0 || paragraphs[i - 1].Kind != "table")
                {
                    table = ActivityTable.FromHeader(paragraph.Text, LanguageCatalog.Default);
                }
                else if (table?.Activity(paragraph.Text) is { } activity && !_background.Contains(paragraph.Section))
                {
                    yield return new SourceUnit(document, paragraph, activity, paragraph.Number, MaterialKind.Activity, EntityOf(document, activity));
                    continue;
                }
            }

            var material = MaterialOf(document, paragraph);
            if (material == MaterialKind.Heading)
            {
                lastHeading = paragraph.Text.Trim();
            }
            else if (sectionless && material == MaterialKind.Activity && document.Kind != DocumentKinds.SecretaryGeneralReport && _background.Contains(lastHeading))
            {
                material = MaterialKind.Context;
            }

            if (quotation.Continues(paragraph))
            {
                // The words of a resolution or a convention the contribution quotes are not its own work.
                yield return new SourceUnit(document, paragraph, paragraph.Text.Trim(), paragraph.Number, MaterialKind.Context, EntityOf(document, paragraph.Text));
                continue;
            }
            var number = paragraph.Number;
            if (paragraph.Kind == "list-item" && lastNumber is not null && number is not null)
            {
                number = $"{lastNumber} {number})";
            }
            else if (paragraph.Number is not null && paragraph.Kind != "list-item")
            {
                lastNumber = paragraph.Number;
            }

            var text = paragraph.Text.Trim();
            if (material != MaterialKind.Heading && text.EndsWith(':') && !PresentsBeforeItsWork(document, paragraph, material))
            {
                var items = new List<string>();
                while (i + 1 < paragraphs.Count && paragraphs[i + 1].Kind == "list-item")
                {
                    var item = paragraphs[++i];
                    items.Add(item.Number is null ? item.Text.Trim() : $"{item.Number}) {item.Text.Trim()}");
                }

                if (items.Count > 0)
                {
                    text = text + " " + string.Join(" ", items);
                }
            }

            if (material == MaterialKind.Activity && document.Kind is DocumentKinds.Contribution or DocumentKinds.Other
                && i + 1 < paragraphs.Count && quotation.OpensAfter(paragraph, paragraphs[i + 1]))
            {
                // "In its resolution 2025/18 the Economic and Social Council:" announces the words quoted below it; the
                // sentences before it ("UNCTAD prepared the session...") are the contributor's own.
                var own = SentenceSplitter.Split(text).SkipLast(1).ToArray();
                text = string.Join(' ', own);
                material = own.Length == 0 ? MaterialKind.Context : material;
            }

            if (material == MaterialKind.Context && ReportedAfterPresentation(document, paragraph, text) is { } reported)
            {
                text = reported;
                material = MaterialKind.Activity;
            }

            yield return new SourceUnit(document, paragraph, text, number, material, EntityOf(document, text));
        }
    }

    /// <summary>
    /// "Le REFRAM rassemble 31 autorités... Voici ses principales réalisations en 2025 :" over a list of the year's work:
    /// a contributor's presentation leading into its list stays background, and each item is read on its own, as the
    /// work it reports (joined, the items would be set aside with the presentation).
    /// </summary>
    private bool PresentsBeforeItsWork(SummaryDocument document, SummaryParagraph paragraph, MaterialKind material) =>
        material == MaterialKind.Context && document.Kind is DocumentKinds.Contribution or DocumentKinds.Other
        && !_background.Contains(paragraph.Section) && _lines.IsPresentation(paragraph.Text, NamesOf(document.Entity));

    private readonly OpeningWords _recalling = OpeningWords.Recalling(taxonomy);

    private readonly OpeningWords[] _quotedOpenings = [OpeningWords.Operative(taxonomy), OpeningWords.Preambular(taxonomy)];

    public MaterialKind MaterialOf(SummaryDocument document, SummaryParagraph paragraph)
    {
        switch (paragraph.Kind)
        {
            case "heading":
                return MaterialKind.Heading;
            case "footnote" or "table":
                return MaterialKind.Other;
            case "operative":
                // "Rappelle la tenue de...", "Takes note of...": operative in form, but they recall, they do not mandate.
                return _recalling.Open(paragraph.Text) ? MaterialKind.Context : MaterialKind.Mandate;
            case "preambular":
                return MaterialKind.Context;
        }

        if (LooksLikeHeading(paragraph.Text) || IsTitleLine(paragraph))
        {
            return MaterialKind.Heading;
        }

        if (document.Kind is DocumentKinds.Resolution or DocumentKinds.Decision)
        {
            return MaterialKind.Context;
        }

        // A table of contents' line ("Universal access ........ 2"), a table's rows written as text ("Pays | Projet |
        // Bénéficiaires Sierra Leone | ..."), a signature and the lines that close a contribution are the document's
        // furniture: a table's figures are cited from the table, not read as a sentence.
        if (Leaders().IsMatch(paragraph.Text) || CellSeparator().Count(paragraph.Text) >= MinCellSeparators || _lines.IsSignature(paragraph.Text) || IsClosingLine(document, paragraph) || IsOpeningLine(document, paragraph)
            || FollowsValediction(document, paragraph))
        {
            return MaterialKind.Other;
        }

        // Who the contributor is ("The Foundation is a non-profit organisation...") is background, not the year's work,
        // as is what a contribution's "Mandate" or "Background" section says, what it plans for the coming year, and a
        // paper's review of what others found.
        return document.Kind != DocumentKinds.SecretaryGeneralReport
               && (_lines.IsPresentation(paragraph.Text, NamesOf(document.Entity)) || _background.Contains(paragraph.Section) || SumsUpTheDetails(document, paragraph)
                   || PlannedWork.Default.AllPlans(paragraph.Text) || LiteratureCitations.Reviews(paragraph.Text))
            ? MaterialKind.Context
            : MaterialKind.Activity;
    }

    private readonly ContributorLines _lines = new(LanguageCatalog.Default);

    /// <summary>
    /// What a paragraph reports after it presents its contributor ("iHub is Nairobi's innovation hub... In 2025, iHub
    /// incubated 42 start-ups"): the sentences from the first that opens on a year, an activity dated as the year's
    /// work is. Null when the paragraph only presents (or sets out a background section's context).
    /// </summary>
    private string? ReportedAfterPresentation(SummaryDocument document, SummaryParagraph paragraph, string text)
    {
        if (document.Kind == DocumentKinds.SecretaryGeneralReport || _background.Contains(paragraph.Section)
            || SumsUpTheDetails(document, paragraph) || !_lines.IsPresentation(paragraph.Text, NamesOf(document.Entity)))
        {
            return null;
        }

        // "It was launched in 2013 and has been hosted since 2024 by...": a year long before the one the contribution
        // reports on is its history, part of the presentation.
        var reported = YearReportedOn(document);
        var sentences = SentenceSplitter.Split(text);
        for (var i = 1; i < sentences.Count; i++)
        {
            var opening = string.Join(' ', sentences[i].Split(' ', DatedOpeningWords + 1).Take(DatedOpeningWords));
            if (Year().Match(opening) is { Success: true } year && (reported is null || int.Parse(year.Value) >= reported - 1))
            {
                return string.Join(' ', sentences.Skip(i));
            }
        }

        return null;
    }

    /// <summary>The year a document names most often (the later on a tie): the year its work is reported for.</summary>
    private static int? YearReportedOn(SummaryDocument document) =>
        document.Paragraphs.SelectMany(p => Year().Matches(p.Text)).GroupBy(m => int.Parse(m.Value))
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).Select(g => (int?)g.Key).FirstOrDefault();

    /// <summary>"In 2025,", "En 2025,", "Au cours de l'année 2025,": a year within a sentence's first words dates what it reports.</summary>
    private const int DatedOpeningWords = 5;

    [GeneratedRegex(@"(?<!\d)(?:19|20)\d{2}(?!\d)")]
    private static partial Regex Year();

    private readonly SectionHeadings _background = SectionHeadings.Background(LanguageCatalog.Default);
    private readonly SectionHeadings _summary = SectionHeadings.Summary(LanguageCatalog.Default);

    /// <summary>
    /// Whether a paragraph of an executive summary ("Executive summary", "Résumé") only sums up what the details after it
    /// report: every figure it gives but a year's is given again by a paragraph outside the summary ("ITC helped 18,400
    /// enterprises..., trained 9,600 entrepreneurs..." over "1. ... 18,400 small enterprises..." and "2. ... trained 9,600
    /// entrepreneurs..."). The details are quoted, not the summary again; a summary's figure the details lack keeps it.
    /// </summary>
    private bool SumsUpTheDetails(SummaryDocument document, SummaryParagraph paragraph)
    {
        if (!_summary.Contains(paragraph.Section))
        {
            return false;
        }

        var figures = Figures(paragraph.Text).ToArray();
        if (figures.Length == 0)
        {
            return false;
        }

        var details = document.Paragraphs.Where(p => p.Index != paragraph.Index && !_summary.Contains(p.Section)).SelectMany(p => Figures(p.Text)).ToHashSet(StringComparer.Ordinal);
        return figures.All(details.Contains);
    }

    /// <summary>A text's figures as digits alone ("18,400" and "18 400" are one), years left out: every paragraph names the year.</summary>
    private static IEnumerable<string> Figures(string text) =>
        Informativeness.NumbersIn(text).Select(n => new string(n.Where(char.IsDigit).ToArray())).Where(n => n.Length > 0 && !(n.Length == 4 && Year().IsMatch(n)));

    /// <summary>
    /// Whether the paragraph is one of the lines that close a contribution without a sentence's end: the sender's
    /// mission under a letter ("Mission permanente des Émirats arabes unis auprès de l'Office des Nations Unies à
    /// Genève"), the company's address ("Kestrel Networks Ltd. · Plot 4471, Great East Road, Lusaka · www..."), a
    /// footer left in the text ("Confidential – prepared for the CSTD secretariat"). They run from the end back to the
    /// last sentence; a footnote or a table among them is skipped.
    /// </summary>
    private static bool IsClosingLine(SummaryDocument document, SummaryParagraph paragraph) =>
        IsLetterFurniture(FromEnd(document.Paragraphs), paragraph, MaxClosingLines);

    /// <summary>
    /// Whether the paragraph is one of the lines that open a contribution before its first sentence, without a
    /// sentence's end of their own: the letterhead's address ("Secrétariat permanent – Université de Yaoundé I – BP 337
    /// Yaoundé"), the addressee ("À l'attention du secrétariat de la Commission de la science et de la technique au
    /// service du développement"), a reference, a place and date. They are the letter's furniture, as the closing lines are.
    /// </summary>
    private static bool IsOpeningLine(SummaryDocument document, SummaryParagraph paragraph) =>
        IsLetterFurniture(document.Paragraphs, paragraph, MaxOpeningLines);

    /// <summary>
    /// Whether the paragraph is among the first <paramref name="maxLines"/> lines met from one edge of the document
    /// that hold no sentence's end (short paragraphs or headings; footnotes and tables passed over), before any line
    /// that does.
    /// </summary>
    private static bool IsLetterFurniture(IEnumerable<SummaryParagraph> fromEdge, SummaryParagraph paragraph, int maxLines)
    {
        var lines = 0;
        foreach (var line in fromEdge)
        {
            if (lines >= maxLines)
            {
                return false;
            }

            if (line.Kind is "footnote" or "table")
            {
                continue;
            }

            var text = line.Text.Trim();
            // A name that ends on its abbreviation ("Autorité nationale ... des communications (ANCOM)", a title
            // "Contribution du Réseau ... (REPALEAC)") ends no sentence for its closing bracket.
            if (line.Kind is not ("paragraph" or "heading") || text.Length is 0 or > ClosingLineLength || (SentenceEnds.Contains(text[^1]) && !EndsOnAbbreviation().IsMatch(text)))
            {
                return false;
            }

            if (line.Index == paragraph.Index)
            {
                return true;
            }

            lines++;
        }

        return false;
    }

    /// <summary>
    /// Whether the paragraph comes after a letter's closing line ("Best regards,", "Cordialement,") among the last ones:
    /// the signer, their title, the address and an e-mail's disclaimer ("This e-mail and any attachments are
    /// confidential..."), which a text pasted from an e-mail may run into one paragraph with sentences' ends, so that
    /// they read as no letterhead's lines. A heading after the closing line ends the letter: a covering letter's annex
    /// ("Annex: activities in 2025") holds the contribution itself.
    /// </summary>
    private bool FollowsValediction(SummaryDocument document, SummaryParagraph paragraph) =>
        document.Paragraphs.TakeLast(MaxLinesAfterValediction + 1).Any(line => line.Index < paragraph.Index && _lines.IsValediction(line.Text)
            && !document.Paragraphs.Any(heading => heading.Kind == "heading" && heading.Index > line.Index && heading.Index <= paragraph.Index));

    /// <summary>A signature block of a name, a title, an organisation, an address, a telephone line, a site and a disclaimer or two.</summary>
    private const int MaxLinesAfterValediction = 12;

    private static IEnumerable<SummaryParagraph> FromEnd(IReadOnlyList<SummaryParagraph> paragraphs)
    {
        for (var i = paragraphs.Count - 1; i >= 0; i--)
        {
            yield return paragraphs[i];
        }
    }

    [GeneratedRegex(@"\s\(\p{Lu}[\p{L}\p{N}&.-]{1,11}\)$")]
    private static partial Regex EndsOnAbbreviation();

    private const int MaxOpeningLines = 6;
    private const int MaxClosingLines = 4;
    private const int ClosingLineLength = 160;
    private const string SentenceEnds = ".;:!?»)\"”";

    /// <summary>The names a contributor goes by: the catalogue's names and abbreviations, or the name as detected, without and with its abbreviation.</summary>
    private IEnumerable<string> NamesOf(string? entity)
    {
        if (entity is null)
        {
            return [];
        }

        if (entities.Get(entity) is { } known)
        {
            // The names in full too ("Food and Agriculture Organization of the United Nations"), as the sentence that presents it writes them.
            return known.Names.Concat(known.Abbreviations).Append(known.Id).Append(known.En).Append(known.Fr);
        }

        // A United Nations entity the catalogue does not list presents itself by its name in full ("Le Bureau des Nations
        // Unies pour les services d'appui aux projets (UNOPS) aide...") though detected by its abbreviation.
        var unitedNations = new[] { "en", "fr" }.Select(l => UnitedNationsNames.Default.Bare(entity, l)).OfType<string>();
        var parts = Regex.Split(entity, @"\s*[()]\s*|\s+–\s+").Where(p => p.Length > 1).ToArray();
        return parts.Append(entity).Concat(parts.Take(1).SelectMany(_lines.ShortForms)).Concat(unitedNations);
    }

    [GeneratedRegex(@"(?:\.\s?){5,}|…{2,}|_{5,}")]
    private static partial Regex Leaders();

    /// <summary>Two cells' borders make a row of three cells; a sentence writes "and/or", not " | ".</summary>
    private const int MinCellSeparators = 2;

    [GeneratedRegex(@"(?<=\S)\s+\|\s+(?=\S)")]
    private static partial Regex CellSeparator();

    /// <summary>
    /// A line that reads as a heading though the layout did not mark it: an action-line title ("Action line C2:
    /// Information...", "Grande orientation C3 : Accès...") or a short line without a verb's full stop.
    /// </summary>
    public static bool LooksLikeHeading(string text)
    {
        var trimmed = text.Trim();
        if (ActionLineTitle().IsMatch(trimmed) && trimmed.Length <= HeadingLikeLength && !trimmed.EndsWith('.'))
        {
            return true;
        }

        return trimmed.Length < ShortLineLength && trimmed.Length > 0 && !".;:!?»)".Contains(trimmed[^1]);
    }

    /// <summary>A plain-text document's first line without a full stop is its title ("Contribution de la CEA au rapport 2025").</summary>
    private static bool IsTitleLine(SummaryParagraph paragraph) =>
        paragraph.Index == 0 && paragraph.Number is null && paragraph.Text.Length <= 200 && !paragraph.Text.TrimEnd().EndsWith('.');

    /// <summary>
    /// A contributor speaks for itself; the Secretary-General's report speaks about others, so its unit belongs to the
    /// first entity it names at its start ("L'UIT a publié...", "Mise au point par l'UIT, la carte..."), else to no one
    /// (the report's own voice). A Council document speaks for its organ.
    /// </summary>
    private string? EntityOf(SummaryDocument document, string text)
    {
        if (document.Kind is not DocumentKinds.SecretaryGeneralReport)
        {
            return document.Entity;
        }

        var opening = text.Length <= 160 ? text : text[..160];
        return entities.Find(opening).FirstOrDefault(m => m.Entity.Kind == "entity")?.Entity.Id;
    }

    [GeneratedRegex(@"^(action line|grande orientation|ligne d'action)\s+C\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ActionLineTitle();
}
