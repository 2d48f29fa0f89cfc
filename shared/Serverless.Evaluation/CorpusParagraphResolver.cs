using System.Text;
using System.Text.RegularExpressions;

namespace Serverless.Evaluation;

/// <summary>
/// Resolves a labelled item that points into a corpus file (the corpus may not be copied) to its text: the
/// paragraph runs from a start anchor to an end anchor, or to the end of the anchor's line when there is no
/// end anchor; a paragraph that a page break cuts, with page furniture between its parts, names where it
/// resumes (a continuation anchor, read to the end of its line). Footnote blocks that a PDF extraction
/// interleaves at page breaks, footnote calls and Markdown/DOCX markers are removed first, so the text is what
/// a segmenter would hand over.
/// </summary>
public sealed partial class CorpusParagraphResolver(string corpusFolder)
{
    private readonly Dictionary<string, CleanFile?> _files = new(StringComparer.Ordinal);

    public string CorpusFolder { get; } = corpusFolder;

    /// <summary>The paragraph's text, or null with a reason when the file or an anchor is missing.</summary>
    public string? Resolve(string file, string start, string? end, out string? problem) =>
        Resolve(file, start, end, continuation: null, out problem);

    /// <inheritdoc cref="Resolve(string, string, string?, out string?)"/>
    public string? Resolve(string file, string start, string? end, string? continuation, out string? problem)
    {
        var clean = Load(file);
        if (clean is null)
        {
            problem = $"corpus file {file} not found in {CorpusFolder}";
            return null;
        }

        var startAnchor = Flatten(start);
        var at = clean.Flat.IndexOf(startAnchor, StringComparison.Ordinal);
        if (at < 0)
        {
            problem = $"start anchor '{start}' not found in {file}";
            return null;
        }

        string raw;
        if (end is not null)
        {
            var endAnchor = Flatten(end);
            var endAt = clean.Flat.IndexOf(endAnchor, at, StringComparison.Ordinal);
            if (endAt < 0)
            {
                problem = $"end anchor '{end}' not found after the start anchor in {file}";
                return null;
            }

            raw = clean.Flat[at..(endAt + endAnchor.Length)];
        }
        else
        {
            raw = clean.Flat[at..clean.LineEndAfter(at)];
        }

        if (continuation is not null)
        {
            var resumeAnchor = Flatten(continuation);
            var resumeAt = clean.Flat.IndexOf(resumeAnchor, at + raw.Length, StringComparison.Ordinal);
            if (resumeAt < 0)
            {
                problem = $"continuation anchor '{continuation}' not found after the paragraph's start in {file}";
                return null;
            }

            raw = raw + " " + clean.Flat[resumeAt..clean.LineEndAfter(resumeAt)];
        }

        problem = null;
        return Tidy(raw);
    }

    private CleanFile? Load(string file)
    {
        lock (_files)
        {
            if (!_files.TryGetValue(file, out var clean))
            {
                var path = Path.Combine(CorpusFolder, Path.GetFileName(file));
                clean = File.Exists(path) ? CleanFile.From(File.ReadAllLines(path, Encoding.UTF8)) : null;
                _files[file] = clean;
            }

            return clean;
        }
    }

    /// <summary>Whitespace collapsed and apostrophes made plain, for anchors and text alike.</summary>
    internal static string Flatten(string text) => Whitespace().Replace(text.Replace('’', '\'').Replace('\u00A0', ' '), " ").Trim();

    private static string Tidy(string text)
    {
        text = Sup().Replace(text, string.Empty);
        text = DocxMarker().Replace(text, string.Empty);
        text = MarkdownLink().Replace(text, "${text}");
        text = text.Replace("*", string.Empty, StringComparison.Ordinal);
        text = GluedFootnoteCall().Replace(text, string.Empty);
        text = SpacedFootnoteCall().Replace(text, "${punct}");
        return Whitespace().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"<sup>.*?</sup>")]
    private static partial Regex Sup();

    [GeneratedRegex(@"\[(?:footnoteRef|bookmark):[^\]]*\](?:\s*\[\d+:[^\]]*\])?")]
    private static partial Regex DocxMarker();

    [GeneratedRegex(@"\[(?<text>[^\]]+)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    /// <summary>A PDF footnote call glued to a word: <c>SMSI27.</c>, <c>mobile26;</c>.</summary>
    [GeneratedRegex(@"(?<=[\p{Ll}\)»])\d{1,2}(?=[\s.,;:)]|$)")]
    private static partial Regex GluedFootnoteCall();

    /// <summary>A PDF footnote call set apart: <c>en 2025 28 .</c>.</summary>
    [GeneratedRegex(@"\s\d{1,2}\s(?<punct>[.;,])")]
    private static partial Regex SpacedFootnoteCall();

    /// <summary>A corpus file with footnote blocks removed, flattened to one line, with the original line ends kept.</summary>
    private sealed class CleanFile(string flat, int[] lineEnds)
    {
        public string Flat { get; } = flat;

        public int[] LineEnds { get; } = lineEnds;

        public int LineEndAfter(int position) => LineEnds.FirstOrDefault(e => e > position, Flat.Length);

        public static CleanFile From(string[] lines)
        {
            var kept = new StringBuilder();
            var ends = new List<int>();
            var inFootnotes = false;
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                if (line.Length > 0 && line.Trim().Length == 0)
                {
                    // A PDF page's footnote block opens with a line of spaces.
                    inFootnotes = true;
                    continue;
                }

                if (inFootnotes)
                {
                    // Footnote lines are separated by blank lines; the page's text resumes on a line that directly
                    // follows another one and is not a URL.
                    var followsText = i > 0 && lines[i - 1].Trim().Length > 0;
                    if (line.Length == 0 || !followsText || line.TrimStart().StartsWith("http", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    inFootnotes = false;
                }

                var flat = Flatten(line);
                if (flat.Length == 0)
                {
                    continue;
                }

                if (kept.Length > 0)
                {
                    kept.Append(' ');
                }

                kept.Append(flat);
                ends.Add(kept.Length);
            }

            return new CleanFile(kept.ToString(), ends.ToArray());
        }
    }
}
