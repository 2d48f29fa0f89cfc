using System.Text.RegularExpressions;
using Serverless.Shared.Segmentation;

namespace Serverless.Shared.Entities;

/// <summary>
/// Sets apart the lines of a letterhead that a reader ran into one: a browser's PDF prints a letterhead's block as one
/// paragraph ("RÉPUBLIQUE DU NIGER Fraternité – Travail – Progrès AUTORITÉ DE RÉGULATION DES COMMUNICATIONS..."), where
/// the state, its motto and the body's name were three lines. Two runs of words in capitals in one opening paragraph
/// are two of those lines, and what stands between or around them another, so that the letterhead rules read the
/// name, and the state beside it, as they read them on lines of their own.
/// </summary>
internal static partial class LetterheadRuns
{
    /// <summary>A run must hold a word longer than an abbreviation: "ICT SME" is no line of a letterhead.</summary>
    private const int RunWordLength = 4;

    public static Paragraph[] Apart(Paragraph[] paragraphs, int letterheadParagraphs)
    {
        var result = new List<Paragraph>(paragraphs.Length + 4);
        for (var i = 0; i < paragraphs.Length; i++)
        {
            if (i < letterheadParagraphs && Lines(paragraphs[i].Text) is { Count: > 1 } lines)
            {
                result.AddRange(lines.Select(line => paragraphs[i] with { Text = line }));
                continue;
            }

            result.Add(paragraphs[i]);
        }

        return result.ToArray();
    }

    /// <summary>The lines of a paragraph that holds two runs in capitals with other words between them, else none.</summary>
    public static IReadOnlyList<string> Lines(string text)
    {
        var runs = CapitalsRun().Matches(text).Where(m => m.Value.Split(' ').Any(w => w.Count(char.IsLetter) >= RunWordLength)).ToArray();
        // The runs must be lines apart: words in upper and lower case (a motto) stand between two of them. A name in
        // capitals broken by a comma or an abbreviation in brackets is one line.
        if (runs.Length < 2 || !runs.Zip(runs.Skip(1), (a, b) => text[(a.Index + a.Length)..b.Index]).Any(between => between.Any(char.IsLower)))
        {
            return [];
        }

        var lines = new List<string>();
        var from = 0;
        foreach (var run in runs)
        {
            AddPart(lines, text[from..run.Index]);
            lines.Add(run.Value.Trim());
            from = run.Index + run.Length;
        }

        AddPart(lines, text[from..]);
        return lines;
    }

    private static void AddPart(List<string> lines, string part)
    {
        var trimmed = part.Trim().Trim('–', '—', '-', '|', '·', ',').Trim();
        if (trimmed.Any(char.IsLetterOrDigit))
        {
            lines.Add(trimmed);
        }
    }

    // Two words in capitals or more in a row ("RÉPUBLIQUE DU NIGER"), with their apostrophes and hyphens ("D'IVOIRE").
    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}'’\-]*(?:[ ]+\p{Lu}[\p{Lu}'’\-]*)+(?![\p{L}\p{N}])")]
    private static partial Regex CapitalsRun();
}
