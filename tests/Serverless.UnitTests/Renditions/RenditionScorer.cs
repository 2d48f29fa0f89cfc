using System.Text.RegularExpressions;
using Serverless.Shared.Segmentation;
using Serverless.UnitTests.Reading;
using Serverless.UnitTests.Segmentation;

namespace Serverless.UnitTests.Renditions;

/// <summary>
/// Scores a rendition against its source. The expected paragraphs are the source's own, read by the project's
/// reader for its format (Markdown, DOCX, HTML delimit paragraphs themselves), footnotes left out since they are
/// attached to the paragraph that calls them; the text is compared after <see cref="ExpectedSegmentation.Normalise"/>,
/// with typographic apostrophes read as straight ones: LaTeX prints the source's <c>'</c> as <c>’</c> whatever pandoc
/// is told, and that is the producer's typography, not a reading error. So is <c>oe</c> for <c>œ</c>: text typed in
/// Latin-1 (printed by enscript) has no <c>œ</c> to print.
/// </summary>
public static partial class RenditionScorer
{
    public static RenditionScore Score(Rendition rendition)
    {
        var expected = Body(Read(rendition.Source));
        var actual = Read(rendition.Pdf);
        var kinds = RenditionKinds.For(rendition.Source);
        var byText = new Dictionary<string, Paragraph>();
        foreach (var paragraph in actual)
        {
            byText.TryAdd(Normalise(paragraph.Text), paragraph);
        }

        int found = 0, numbered = 0, numbersRight = 0, wrongNumbers = 0, kinded = 0, kindsRight = 0, wrongKinds = 0;
        var misses = new List<string>();
        foreach (var paragraph in expected)
        {
            var text = Normalise(paragraph.Text);
            var hit = byText.GetValueOrDefault(text);
            found += hit is null ? 0 : 1;
            if (hit is null)
            {
                misses.Add($"{rendition}: missing {paragraph.Number ?? "-"} {paragraph.Kind.ToName()}: {Start(text)}");
            }

            if (paragraph.Number is not null)
            {
                numbered++;
                numbersRight += hit?.Number == paragraph.Number ? 1 : 0;
                if (hit is not null && hit.Number != paragraph.Number)
                {
                    wrongNumbers++;
                    misses.Add($"{rendition}: number {paragraph.Number} read as {hit.Number ?? "none"}: {Start(text)}");
                }
            }

            if (kinds?.GetValueOrDefault(text) is { } kind)
            {
                kinded++;
                kindsRight += hit?.Kind == kind ? 1 : 0;
                if (hit is not null && hit.Kind != kind)
                {
                    wrongKinds++;
                    misses.Add($"{rendition}: kind {kind.ToName()} read as {hit.Kind.ToName()}: {Start(text)}");
                }
            }
        }

        // A UN document's title block holds its symbol and date as paragraphs of the source: only what the source does
        // not have counts as furniture.
        var expectedTexts = expected.Select(p => Normalise(p.Text)).ToHashSet();
        var furniture = actual.Where(p => Furniture().IsMatch(p.Text) && !expectedTexts.Contains(Normalise(p.Text))).ToList();
        misses.AddRange(furniture.Select(p => $"{rendition}: furniture: {Start(p.Text)}"));

        // Text the source does not have at all (a running header read as a paragraph, a producer's own line): neither a
        // piece of a source paragraph (one split in two) nor holding one (two run together).
        var stray = Body(actual).Where(p => Normalise(p.Text) is var text && text.Length > 0 && !furniture.Contains(p)
            && !expectedTexts.Any(e => e.Contains(text, StringComparison.Ordinal) || text.Contains(e, StringComparison.Ordinal))).ToList();
        misses.AddRange(stray.Select(p => $"{rendition}: not in the source: {Start(p.Text)}"));
        return new RenditionScore(expected.Count, found, numbered, numbersRight, wrongNumbers, furniture.Count, misses, kinded, kindsRight, wrongKinds)
        {
            Stray = stray.Count,
        };
    }

    /// <summary>The paragraphs of a file of the rendition corpus, as the pipeline reads them.</summary>
    public static IReadOnlyList<Paragraph> Read(string relativePath)
    {
        var path = RenditionCorpus.PathOf(relativePath);
        return Parsing.Parse(Path.GetFileName(path), File.ReadAllBytes(path)).Paragraphs;
    }

    /// <summary>Every paragraph but footnotes (attached to their callers, or left alone when no caller was found).</summary>
    public static List<Paragraph> Body(IReadOnlyList<Paragraph> paragraphs) =>
        paragraphs.Where(p => p.Kind != ParagraphKind.Footnote).ToList();

    public static string Normalise(string text) => ExpectedSegmentation.Normalise(text).Replace('’', '\'').Replace("œ", "oe").Replace("Œ", "OE");

    private static string Start(string text) => text.Length <= 70 ? text : text[..70] + "...";

    /// <summary>
    /// What a printer adds to every page: page numbers (<c>3</c>, <c>2/5</c>, <c>Page 2 of 5</c>), the browser's
    /// address and date lines (<c>file:///...</c>, <c>12/5/26, 11:33 PM</c>); a UN or ITU document's running symbol
    /// (<c>A/81/64</c>, with its date; <c>E/CN.16/2026/CRP.3</c>, <c>C26/71-E</c>) and a Geneva job number
    /// (<c>GE.26-04417 (E)</c>), at most 60 characters after them; the job number as its barcode's text (<c>*2604417*</c>);
    /// an entry of a table of contents, its dotted leader and page number (<c>Introduction . . . . 1</c>); and what people
    /// add to a printed PDF: a stamp number (a Bates number, <c>WSIS-CSTD-004101</c>, after the page's own mark or not,
    /// <c>- 1 - WSIS-CSTD-004101</c>), a watermark's word alone (<c>DRAFT</c>, <c>PROJET</c>, <c>CONFIDENTIEL</c>) or a
    /// letter of it alone (a word stamped across the page crosses many lines).
    /// </summary>
    [GeneratedRegex(@"^\s*(?:-\s*)?(?:\d{1,4}\s*-\s*)?[A-Z]{2,}[A-Z\d]*(?:[-_.][A-Z\d]+)*[-_.]?\d{4,}\s*$|^\s*(?:DRAFT|PROJET|CONFIDENTIAL|CONFIDENTIEL|\p{Lu})\s*$|^\s*(?:page\s+)?\d{1,4}(?:\s*(?:/|of|sur)\s*\d{1,4})?\s*$|:///|\b\d{1,2}/\d{1,2}/\d{2,4},\s*\d{1,2}:\d{2}|^\s*(?:[A-Z][A-Z\d.]*/[A-Z\d./-]*\d[A-Z\d./-]*|GE\.\d{2}-\d{3,6})\b.{0,60}$|^\s*\*\d{6,8}\*\s*$|(?:\.\s?){4,}\s*(?:\|\s*)?\d{1,4}\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Furniture();
}
