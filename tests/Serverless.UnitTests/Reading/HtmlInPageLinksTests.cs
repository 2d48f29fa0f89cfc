using Serverless.Shared.Segmentation;

namespace Serverless.UnitTests.Reading;

/// <summary>
/// What in-page links make of an HTML page's blocks. The footnotes, as producers write them: each note joins the paragraph that calls it, its call and its
/// link back leave the text, and no note is read as a paragraph of the body (before, every producer's notes were body
/// paragraphs, pandoc's numbered like the paragraphs above them and ending in "↩︎", and the calls stayed as "[1]").
/// </summary>
public sealed class HtmlInPageLinksTests
{
    private const string Workshops = "The Council held four workshops on cable resilience.";
    private const string Mentoring = "It launched a mentoring programme for young engineers.";

    [Fact]
    public void JoinsPandocsEndnotesToTheirParagraphs()
    {
        var html = $"""
            <html><body><ol><li><p>{Workshops[..^1]}<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a>.</p></li>
            <li><p>{Mentoring}<a href="#fn2" class="footnote-ref" id="fnref2" role="doc-noteref"><sup>2</sup></a></p></li></ol>
            <section id="footnotes" class="footnotes footnotes-end-of-document" role="doc-endnotes"><hr /><ol>
            <li id="fn1"><p>See the annual report.<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li>
            <li id="fn2"><p>Details at www.example.org.<a href="#fnref2" class="footnote-back" role="doc-backlink">↩︎</a></p></li>
            </ol></section></body></html>
            """;

        var paragraphs = Parsing.Parse("pandoc.html", html).Paragraphs;

        Assert.Equal([(Workshops, "See the annual report."), (Mentoring, "Details at www.example.org.")],
            paragraphs.Select(p => (p.Text, string.Join(" | ", p.Footnotes ?? []))));
        Assert.Equal(["1", "2"], paragraphs.Select(p => p.Number));
    }

    [Fact]
    public void JoinsWordsFilteredWebPageNotesToTheirParagraphs()
    {
        var html = $"""
            <html><body lang=EN-GB><div class=WordSection1>
            <p class=MsoNormal>{Workshops}<a href="#_ftn1" name="_ftnref1" title=""><span class=MsoFootnoteReference><span
            style='font-size:11.0pt'>[1]</span></span></a></p>
            <p class=MsoNormal>{Mentoring}</p></div>
            <div><br clear=all><hr align=left size=1 width="33%">
            <div id=ftn1><p class=MsoFootnoteText><a href="#_ftnref1" name="_ftn1" title=""><span class=MsoFootnoteReference><span
            style='font-size:10.0pt'>[1]</span></span></a> See the Council's annual report.</p></div></div></body></html>
            """;

        var paragraphs = Parsing.Parse("word.htm", html).Paragraphs;

        Assert.Equal([(Workshops, "See the Council's annual report."), (Mentoring, "")],
            paragraphs.Select(p => (p.Text, string.Join(" | ", p.Footnotes ?? []))));
    }

    [Fact]
    public void JoinsGoogleDocsAndLibreOfficeNotes_ANoteOfTwoParagraphsAsOne()
    {
        var google = $"""
            <html><body class="doc-content"><p class="c2"><span class="c1">{Workshops[..^1]}</span><sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup><span>.</span></p>
            <p><span>{Mentoring}</span></p><hr>
            <div><p class="c4"><a href="#ftnt_ref1" id="ftnt1">[1]</a><span>&nbsp;Figures from the 2025 activity report.</span></p>
            <p class="c4"><span>The series continues in 2026.</span></p></div></body></html>
            """;
        var libreOffice = $"""
            <html><body><p>{Workshops[..^1]}<a class="sdfootnoteanc" name="sdfootnote1anc" href="#sdfootnote1sym"><sup>1</sup></a>.</p>
            <p>{Mentoring}</p>
            <div id="sdfootnote1"><p class="sdfootnote"><a class="sdfootnotesym" name="sdfootnote1sym" href="#sdfootnote1anc">1</a>Figures from the 2025 activity report.</p></div>
            </body></html>
            """;

        var fromGoogle = Parsing.Parse("google.html", google).Paragraphs;
        var fromLibreOffice = Parsing.Parse("libreoffice.html", libreOffice).Paragraphs;

        Assert.Equal([(Workshops, "Figures from the 2025 activity report. The series continues in 2026."), (Mentoring, "")],
            fromGoogle.Select(p => (p.Text, string.Join(" | ", p.Footnotes ?? []))));
        Assert.Equal([(Workshops, "Figures from the 2025 activity report."), (Mentoring, "")],
            fromLibreOffice.Select(p => (p.Text, string.Join(" | ", p.Footnotes ?? []))));
    }

    [Fact]
    public void ReadsSectionsAsTheyAre_When_ATableOfContentsAndTheHeadingsLinkToEachOther()
    {
        var html = $"""
            <html><body><ul><li><a href="#s1" id="toc1">Activities</a></li></ul>
            <div class="section"><h2 id="s1"><a href="#toc1">Activities</a></h2><p>{Workshops}</p><p>{Mentoring}</p></div>
            <p>Back to <a href="#toc1" id="end">the contents</a>.</p></body></html>
            """;

        var paragraphs = Parsing.Parse("contents.html", html).Paragraphs;

        Assert.Contains(paragraphs, p => p.Text == Workshops && p.Kind != ParagraphKind.Footnote);
        Assert.Contains(paragraphs, p => p.Text == Mentoring && p.Kind != ParagraphKind.Footnote);
        Assert.DoesNotContain(paragraphs, p => p.Footnotes is { Count: > 0 });
    }

    [Fact]
    public void LeavesOutATableOfContents_OfLinksToThePagesHeadings()
    {
        // Before: each entry was a paragraph ("Introduction 1"), the first of them the document's opening.
        var html = $"""
            <html><body>
            <p class=MsoToc1><span><a href="#_Toc101">1. Introduction<span style='display:none'>1</span></a></span></p>
            <p class="c6"><a class="c4" href="#h.act">Activities</a><span>.......... 2</span></p>
            <ul><li><a href="#notes">Notes</a></li></ul>
            <h1><a name="_Toc101"></a>1. Introduction</h1><p>{Workshops}</p>
            <h2 id="h.act">Activities</h2><p>{Mentoring} See <a href="#_Toc101">the introduction</a> for the figures.</p>
            <a id="notes"></a><h2>Notes</h2><p>None.</p>
            </body></html>
            """;

        var texts = Parsing.Parse("word-contents.htm", html).Paragraphs.Select(p => p.Text).ToList();

        Assert.Equal(["Introduction", Workshops, "Activities", $"{Mentoring} See the introduction for the figures.", "Notes", "None."], texts);
    }
}
