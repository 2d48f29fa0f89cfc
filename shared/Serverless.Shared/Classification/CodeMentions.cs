using System.Text.RegularExpressions;

namespace Serverless.Shared.Classification;

/// <summary>
/// How texts write action-line codes when they do not mean a topic: a list of the lines an agency facilitates ("C2
/// (Infrastructure...), C4, C5 et C6"), or an ITU Council session in a resolution's reference ("1332 (C11, dernière
/// mod. C19)").
/// </summary>
internal static partial class CodeMentions
{
    /// <summary>Whether the entry is an action line's code ("C5") rather than one of its terms.</summary>
    public static bool IsCode(LexiconEntry entry) => entry.Kind == LexiconEntryKind.ActionLine && entry.Term == entry.Target;

    /// <summary>Whether the paragraph names at least <paramref name="length"/> different codes.</summary>
    /// <remarks>A paragraph holds a few dozen matches at most: looking back beats allocating a set per paragraph.</remarks>
    public static bool ListAtLeast(int length, PhraseMatcher<LexiconEntry> matcher, string text, List<TextToken> tokens, List<PhraseMatch> matches)
    {
        var distinct = 0;
        for (var i = 0; i < matches.Count; i++)
        {
            var entries = matcher.EntriesOf(matches[i].Node);
            for (var e = 0; e < entries.Count; e++)
            {
                if (IsCode(entries[e]) && !IsCouncilSession(text, tokens[matches[i].FirstToken].Start) &&
                    !NamedBefore(matcher, matches, i, entries[e].Target) && ++distinct >= length)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Where the parentheses right after a code close ("C2 (Infrastructure de l'information...)"); -1 when the code is
    /// not followed by an opening parenthesis.
    /// </summary>
    public static int GlossEnd(string text, int codeEnd)
    {
        var at = codeEnd;
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        if (at >= text.Length || text[at] != '(')
        {
            return -1;
        }

        var close = text.IndexOf(')', at);
        return close < 0 ? text.Length : close;
    }

    /// <summary>
    /// "Résolution 1332 (C11, dernière mod. C19)", "(Rev. C19)": ITU writes the Council session that adopted or last
    /// revised a resolution as C and the year's two digits, which C11 shares with an action line.
    /// </summary>
    public static bool IsCouncilSession(string text, int codeStart)
    {
        var from = Math.Max(0, codeStart - 32);
        return SessionLead().IsMatch(text.AsSpan(from, codeStart - from));
    }

    private static bool NamedBefore(PhraseMatcher<LexiconEntry> matcher, List<PhraseMatch> matches, int end, string code)
    {
        for (var i = 0; i < end; i++)
        {
            var entries = matcher.EntriesOf(matches[i].Node);
            for (var e = 0; e < entries.Count; e++)
            {
                if (IsCode(entries[e]) && entries[e].Target == code)
                {
                    return true;
                }
            }
        }

        return false;
    }

    [GeneratedRegex(@"(?:r[ée]solution\s+\d+\s*\(\s*|\b(?:mod|modifi[ée]e?|modified|r[ée]v|revised|r[ée]vis[ée]e)\.?\s*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SessionLead();
}
