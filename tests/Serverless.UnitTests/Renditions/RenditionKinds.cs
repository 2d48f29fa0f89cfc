using System.Text.RegularExpressions;
using Serverless.Shared.Segmentation;

namespace Serverless.UnitTests.Renditions;

/// <summary>
/// The paragraph kinds a reader must give the resolutions of the ITU Plenipotentiary Conference and Council in
/// <c>sources/un/</c>, read from their Markdown by the layout those documents follow, not by the segmenter's rules:
/// a <c>##</c> line is a heading; a lead-in set alone in italics (<c>*recalling*</c>, <c>*instructs the
/// Secretary-General*</c>) is the heading of the items under it; the lead-ins before the first operative one
/// (<c>resolves</c>, <c>décide</c>) open the preamble, whose lettered items (<c>a)&lt;TAB&gt;</c>) are list items and
/// whose bare clauses (<c>that ...,</c>) preambular; every item under an operative lead-in, numbered or not, is
/// operative; what comes before the first lead-in (the conference line) is narrative text.
/// </summary>
public static partial class RenditionKinds
{
    /// <summary>The sources written with this layout, by name (their truth is <c>docx/un/NAME.docx</c>).</summary>
    public static IReadOnlyList<string> Sources { get; } = ["en-itu-pp-resolution", "fr-itu-council-resolution"];

    /// <summary>The lead-ins that open the operative part: every lead-in from one of these on is operative.</summary>
    private static readonly string[] OperativeLeadIns = ["resolves", "décide"];

    /// <summary>The expected kind of each paragraph of the source, by normalised text; null for a source without this layout.</summary>
    public static IReadOnlyDictionary<string, ParagraphKind>? For(string source)
    {
        var name = Path.GetFileNameWithoutExtension(source);
        return Sources.Contains(name) ? Read(File.ReadAllText(RenditionCorpus.PathOf($"sources/un/{name}.md"))) : null;
    }

    public static Dictionary<string, ParagraphKind> Read(string markdown)
    {
        var kinds = new Dictionary<string, ParagraphKind>();
        ParagraphKind? part = null;
        foreach (var block in markdown.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (block.StartsWith("[^", StringComparison.Ordinal))
            {
                continue; // a footnote's text
            }

            ParagraphKind kind;
            var text = block;
            if (block.StartsWith("## ", StringComparison.Ordinal))
            {
                kind = ParagraphKind.Heading;
                text = block[3..];
            }
            else if (LeadIn().Match(block) is { Success: true } leadIn)
            {
                text = leadIn.Groups[1].Value;
                part = part == ParagraphKind.Operative || OperativeLeadIns.Any(o => text.StartsWith(o, StringComparison.Ordinal))
                    ? ParagraphKind.Operative
                    : ParagraphKind.Preambular;
                kind = ParagraphKind.Heading;
            }
            else
            {
                var marker = Marker().Match(block);
                text = block[marker.Length..];
                kind = part is null ? ParagraphKind.Paragraph
                    : marker.Success && char.IsLetter(marker.Value[0]) && part == ParagraphKind.Preambular ? ParagraphKind.ListItem
                    : part.Value;
            }

            kinds[RenditionScorer.Normalise(FootnoteCall().Replace(text, ""))] = kind;
        }

        return kinds;
    }

    [GeneratedRegex(@"^\*([a-zà-ÿ][^*]*)\*$")]
    private static partial Regex LeadIn();

    [GeneratedRegex(@"^[^\t\s]{1,4}\t")]
    private static partial Regex Marker();

    [GeneratedRegex(@"\[\^\d+\]")]
    private static partial Regex FootnoteCall();
}
