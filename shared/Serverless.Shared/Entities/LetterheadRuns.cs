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

    /// <summary>
    /// The lines of a paragraph that holds two runs in capitals with other words between them, or that opens on a name
    /// in capitals, with the abbreviation it gives itself in brackets, and goes on with its address or its unit ("AFRICAN
    /// UNION DEVELOPMENT AGENCY (AUDA-NEPAD) 230 15th Road, Midrand"), else none.
    /// </summary>
    public static IReadOnlyList<string> Lines(string text)
    {
        var runs = CapitalsRun().Matches(text).Where(m => m.Value.Split(' ').Any(w => w.Count(char.IsLetter) >= RunWordLength)).ToArray();
        if (NameOverAddress().Match(text) is { Success: true } name)
        {
            return [name.Groups["name"].Value.Trim(), name.Groups["rest"].Value.Trim()];
        }

        // The runs must be lines apart: words in upper and lower case (a motto) stand between two of them. A name in
        // capitals broken by a comma or an abbreviation in brackets is one line.
        if (runs.Length < 2 || !runs.Zip(runs.Skip(1), (a, b) => text[(a.Index + a.Length)..b.Index]).Any(between => between.Any(char.IsLower)))
        {
            // "RÉPUBLIQUE LIBANAISE Bureau du Ministre d'État...": a State in capitals opening the paragraph, then a name in
            // upper and lower case, is the letterhead's State line over the body's.
            return runs is [{ Index: 0 } state, ..] && text[state.Length..].Any(char.IsLower) && IsState(state.Value.Trim())
                ? [state.Value.Trim(), text[state.Length..].Trim()]
                : [];
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

    /// <summary>
    /// A State's name, short or formal: one <c>states.json</c> lists ("RÉPUBLIQUE LIBANAISE"), or a short name after a
    /// small linking word ("RÉPUBLIQUE DU BURUNDI", "REPUBLIC OF THE PHILIPPINES"); a company's name ending on its
    /// country ("OPTIMUM TELECOM ALGÉRIE") is none.
    /// </summary>
    private static bool IsState(string run)
    {
        if (StateNames.Default.In(run, "en") is not null)
        {
            return true;
        }

        var shortName = StateNames.Default.ShortName(run);
        var before = run[..^shortName.Length].TrimEnd();
        return shortName != run && before.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() is { Length: <= MaxLinkLength };
    }

    /// <summary>"OF", "DU", "DE", "THE": the small word that links a formal name to the short name it ends with.</summary>
    private const int MaxLinkLength = 3;

    private static void AddPart(List<string> lines, string part)
    {
        var trimmed = part.Trim().Trim('–', '—', '-', '|', '·', ',').Trim();
        if (trimmed.Any(char.IsLetterOrDigit))
        {
            lines.Add(trimmed);
        }
    }

    // A name of three words in capitals or more and its abbreviation in brackets, then a line that opens on a figure or a
    // word in upper and lower case (an address, a unit): a sentence ("... (CTU) is pleased to...") opens on a small letter.
    [GeneratedRegex(@"^(?<name>\p{Lu}[\p{Lu}'’\-]*(?:[ ]+\p{Lu}[\p{Lu}'’\-]*){2,}[ ]*\([\p{Lu}\p{N}&/\-]{2,}\))[ ,–—-]+(?<rest>(?:\p{N}|\p{Lu}\p{Ll}).*)$")]
    private static partial Regex NameOverAddress();

    // Two words in capitals or more in a row ("RÉPUBLIQUE DU NIGER"), with their apostrophes and hyphens ("D'IVOIRE").
    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}'’\-]*(?:[ ]+\p{Lu}[\p{Lu}'’\-]*)+(?![\p{L}\p{N}])")]
    private static partial Regex CapitalsRun();
}
