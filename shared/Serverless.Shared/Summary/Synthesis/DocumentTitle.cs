using System.Text.RegularExpressions;
using Serverless.Shared.Classification;

namespace Serverless.Shared.Summary.Synthesis;

/// <summary>
/// A document's title as a citation gives it: the line of its opening that says what the document is ("Contribution
/// au rapport annuel...", "Input to the Secretary-General's report..."; each language's <c>documentProfile.titleWords</c>),
/// else its first line when that reads as a heading. Never the contributor's own name (a letterhead or a cover page,
/// which the citation already gives), a place and date line, or a section heading further down.
/// </summary>
public static partial class DocumentTitle
{
    private const int MaxLength = 110;
    private const int OpeningParagraphs = 6;
    private const int MaxTitleLength = 200;

    private static readonly Lazy<Regex?> TitleWords = new(() =>
    {
        var words = LanguageCatalog.Default.Languages.SelectMany(l => l.DocumentProfile?.TitleWords ?? []).Distinct().Select(Regex.Escape).ToArray();
        // A word of an e-mail or a web address ("communication@atuuat.africa", "www.input.org") says nothing of the document.
        return words.Length == 0 ? null : new Regex($@"(?<![\p{{L}}@./])(?:{string.Join('|', words)})(?![\p{{L}}@]|\.\p{{L}})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    });

    /// <summary>The entities a letterhead may name, so that a line holding only one of their names is never a title.</summary>
    private static readonly Lazy<Entities.EntityCatalog> KnownEntities = new(Entities.EntityCatalog.LoadEmbedded);

    public static string? Of(SummaryDocument document)
    {
        var lines = document.Paragraphs.Where(p => !string.IsNullOrWhiteSpace(p.Text)).ToArray();
        var opening = lines.Take(OpeningParagraphs).ToArray();
        var candidates = opening.Where(p => IsTitleLike(p) && !NamesOnly(p.Text, document.Entity)).ToArray();
        var withWord = candidates.Select(p => (Paragraph: p, Word: TitleWords.Value?.Match(p.Text))).Where(x => x.Word is { Success: true }).ToArray();

        // A line that opens on a title's word ("Contribution de la Suisse...", "Note d'information pour le rapport...")
        // says what the document is; the same word inside a name above it ("Commission des affaires culturelles,
        // sociales et de la communication", "Département fédéral ... de la communication DETEC") does not.
        var titled = withWord.FirstOrDefault(x => OpensOnTitleWord(x.Paragraph.Text, x.Word!));
        if (titled.Paragraph is null)
        {
            titled = withWord.FirstOrDefault();
        }

        // A letter's subject line ("RE: KENYA'S INPUT TO THE ANNUAL REPORT...") comes after its letterhead, address,
        // date and salutation, further down than a title would.
        if (titled.Paragraph is null)
        {
            titled = lines.Skip(OpeningParagraphs).Take(OpeningParagraphs)
                .Where(p => p.Text.IndexOf(':') is > 0 and < SubjectLabelLength && p.Text.Length <= MaxTitleLength)
                .Select(p => (Paragraph: p, Word: TitleWords.Value?.Match(p.Text)))
                .FirstOrDefault(x => x.Word is { Success: true } word && word.Index > x.Paragraph.Text.IndexOf(':'));
        }

        if (titled.Paragraph is null)
        {
            titled = BelowALongLetterhead(lines, document.Entity);
        }

        string? title;
        if (titled.Paragraph is not null)
        {
            // "Objet : Contribution au rapport annuel..." cites from its title word.
            var text = WithFollowingLines(titled.Paragraph, lines);
            var colon = text.IndexOf(':');
            title = HeaderFieldHolding(text, titled.Word!.Index) is { } field
                ? UpperFirst(field)
                : colon >= 0 && colon < titled.Word!.Index && colon < SubjectLabelLength ? UpperFirst(text[(colon + 1)..].Trim()) : text;
        }
        else
        {
            title = opening.FirstOrDefault() is { } first && candidates.Contains(first) ? first.Text.Trim() : null;
        }

        if (title is null)
        {
            return null;
        }

        title = WithoutRunInHeader(title.TrimStart('#', ' '));
        return title.Length <= MaxLength ? title : ShortenedText.AtWord(title, MaxLength) + " …";
    }

    /// <summary>
    /// "MONTENEGRO" / "Ministry of ..." / "Directorate for ..." / an address / a reference number / "Podgorica, 22 December
    /// 2025" / "Contribution of Montenegro to the 2025 WSIS progress report": a letterhead longer than the opening pushes
    /// the title below it. The first line further down that opens on a title's word is the title when no line above it is
    /// a sentence: past the first sentence, such a line is a section's heading ("Contribution to action line C2").
    /// </summary>
    private static (SummaryParagraph Paragraph, Match? Word) BelowALongLetterhead(SummaryParagraph[] lines, string? entity)
    {
        foreach (var line in lines.Take(OpeningParagraphs * 2))
        {
            if (line.Text.TrimEnd().EndsWith('.'))
            {
                break;
            }

            if (IsTitleLike(line) && !NamesOnly(line.Text, entity) && TitleWords.Value?.Match(line.Text) is { Success: true } word && OpensOnTitleWord(line.Text, word))
            {
                return (line, word);
            }
        }

        return default;
    }

    /// <summary>Whether the title's word opens the line, after a label ("Objet : Contribution...") or a heading's marks.</summary>
    private static bool OpensOnTitleWord(string text, Match word)
    {
        var before = text[..word.Index].Trim().TrimStart('#').Trim();
        return before.Length == 0 || (before.EndsWith(':') && before.Length < SubjectLabelLength);
    }

    /// <summary>
    /// A title a PDF printed over several lines of its own ("FAO contribution to the report of the" / "Secretary-General
    /// on progress made" / "in the implementation of and follow-" / "up to..."): a heading line that ends on a small word
    /// or a hyphen, or that the heading below it goes on in lower case, goes on in that heading; a title line read as a
    /// paragraph goes on in the paragraph below it that opens in lower case.
    /// </summary>
    private static string WithFollowingLines(SummaryParagraph paragraph, SummaryParagraph[] lines)
    {
        var text = paragraph.Text.Trim();
        var at = Array.IndexOf(lines, paragraph);
        for (var i = at + 1; i < lines.Length && lines[i].Kind == paragraph.Kind && text.Length <= MaxTitleLength; i++)
        {
            // A cover page's title line a PDF left as a paragraph ("Input of ... to the Secretary-General's" / "report on
            // WSIS implementation") goes on only in a line that opens in lower case.
            if (paragraph.Kind != "heading")
            {
                // A sentence ("iHub is Nairobi's innovation hub...") or a name coined with a small letter opens no such line.
                if (lines[i].Text.Trim() is { Length: > 0 } next && char.IsLower(next[0]) && !".;:!?".Contains(text[^1]) && !".;:!?".Contains(next[^1])
                    && !next.TakeWhile(c => c != ' ').Skip(1).Any(char.IsUpper))
                {
                    text += " " + next.Trim();
                    continue;
                }

                break;
            }

            var last = LastWord().Match(text).Value;
            if (text.EndsWith('-') && char.IsLetter(text[^2]))
            {
                text += lines[i].Text.Trim();
            }
            else if (SmallWords.Value.Contains(TextNormaliser.Fold(last).Trim()) || char.IsLower(lines[i].Text.TrimStart()[0]))
            {
                text += " " + lines[i].Text.Trim();
            }
            else
            {
                break;
            }
        }

        return text.TrimEnd(',', ';');
    }

    private static readonly Lazy<HashSet<string>> SmallWords = new(() =>
        LanguageCatalog.Default.Languages.SelectMany(l => l.StopWords).ToHashSet(StringComparer.Ordinal));

    [GeneratedRegex(@"[\p{L}']+$")]
    private static partial Regex LastWord();

    /// <summary>
    /// An e-mail's header lines a text reader ran into its subject ("Contribution du Vanuatu au rapport SMSI 2025 De :
    /// Bureau du Régulateur ... Date : 20 janvier 2026"): two labels or more, each a capitalised word and a colon, stand
    /// after the subject, which ends before the first. One label alone may be the title's own subtitle.
    /// </summary>
    private static string WithoutRunInHeader(string title)
    {
        var labels = HeaderLabel().Matches(title);
        return labels.Count >= 2 ? title[..labels[0].Index].TrimEnd() : title;
    }

    [GeneratedRegex(@"(?<=\s)\p{Lu}\p{Ll}{1,11}\s?:\s")]
    private static partial Regex HeaderLabel();

    /// <summary>
    /// "From: Digital Rights Lanka &lt;info@...&gt; To: CSTD Secretariat &lt;...&gt; Date: ... Subject: WSIS 2025 progress
    /// report - input": an e-mail's header fields run into one line, whose title's word stands in its subject, are cited
    /// by that field alone, from its label to the next one; null when the line is no such run (two labels or more).
    /// </summary>
    private static string? HeaderFieldHolding(string text, int wordIndex)
    {
        var labels = HeaderField().Matches(text);
        if (labels.Count < 2 || labels.LastOrDefault(l => l.Index < wordIndex) is not { } label)
        {
            return null;
        }

        var end = labels.FirstOrDefault(l => l.Index > label.Index) is { } next ? next.Index : text.Length;
        return text[(label.Index + label.Length)..end].Trim();
    }

    /// <summary>A header field's label, the line's first word too, and a label of one letter ("À :").</summary>
    [GeneratedRegex(@"(?<=^|\s)\p{Lu}\p{Ll}{0,11}\s?:\s")]
    private static partial Regex HeaderField();

    /// <summary>"Objet :", "Subject:", "RE:": the label before a subject line is a word or two.</summary>
    private const int SubjectLabelLength = 20;

    /// <summary>"Objet : contribution au rapport...": the title after its label is cited as a title, with a capital.</summary>
    private static string UpperFirst(string text) => text.Length > 0 ? char.ToUpperInvariant(text[0]) + text[1..] : text;

    private static bool IsTitleLike(SummaryParagraph paragraph) =>
        paragraph.Kind == "heading" || SourceUnitReader.LooksLikeHeading(paragraph.Text)
        || (paragraph.Text.Length <= MaxTitleLength && !paragraph.Text.TrimEnd().EndsWith('.') && paragraph.Kind is not ("footnote" or "table" or "list-item"))
        || OpensAsATitle(paragraph.Text);

    /// <summary>
    /// A line that opens on a title's word and is no sentence ("Input of the China Academy of ... to the 2025 report of
    /// the Secretary-General on progress made in the implementation of the outcomes of the World Summit..."): a title,
    /// however long the names it spells out make it; the citation shortens it.
    /// </summary>
    private static bool OpensAsATitle(string text) =>
        text.Length <= MaxTitleLength * 2 && !text.TrimEnd().EndsWith('.') && TitleWords.Value?.Match(text) is { Success: true, Index: 0 }
        || text.StartsWith("Contribution", StringComparison.OrdinalIgnoreCase);

    /// <summary>A known entity's or the contributor's name alone, or its start (a letterhead wrapped over two lines), or a place and a date.</summary>
    private static bool NamesOnly(string text, string? entity)
    {
        var folded = TextNormaliser.Fold(text).Trim();
        if (DateLine().IsMatch(text.Trim()))
        {
            return true;
        }

        if (folded.Length == 0)
        {
            return false;
        }

        // "REPUBLIC OF KENYA", "RÉPUBLIQUE DU SÉNÉGAL": a letterhead's state, a few words in capitals that say nothing of
        // what the document is.
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= StateWords && text.Any(char.IsLetter) && text.Where(char.IsLetter).All(char.IsUpper) && !text.Any(char.IsDigit)
            && TitleWords.Value?.IsMatch(text) != true)
        {
            return true;
        }

        // "Economic and Social Council" above a resolution's session line: an organ's name, whoever contributed.
        if (KnownEntities.Value.Find(text).Any(m => m.Text == folded))
        {
            return true;
        }

        if (entity is null)
        {
            return false;
        }

        var name = TextNormaliser.Fold(entity).Trim();
        var bare = TextNormaliser.Fold(Regex.Replace(entity, @"\s*\([^)]*\)\s*$", "")).Trim();
        // "MISSION PERMANENTE DE LA RÉPUBLIQUE DE POLOGNE AUPRÈS DE L'OFFICE DES NATIONS UNIES...": a line in capitals
        // that names the contributor, and not what the document is, is its letterhead however long.
        var letterhead = text.Any(char.IsLetter) && text.Where(char.IsLetter).All(char.IsUpper) && TitleWords.Value?.IsMatch(text) != true
            && bare.Length > 0 && $" {folded} ".Contains($" {bare} ", StringComparison.Ordinal);
        return letterhead || name.StartsWith(folded, StringComparison.Ordinal) || bare.StartsWith(folded, StringComparison.Ordinal) || folded == name || folded == bare;
    }

    private const int StateWords = 4;

    // "Abuja, le 10 décembre 2025", "Geneva, 3 March 2025": a place, a date, nothing else.
    [GeneratedRegex(@"^[\p{Lu}][\p{L}' -]{1,40},\s+(?:le\s+)?(?:\d{1,2}(?:er)?\s+)?\p{L}+\s+(?:\d{1,2},\s+)?\d{4}$")]
    private static partial Regex DateLine();
}
