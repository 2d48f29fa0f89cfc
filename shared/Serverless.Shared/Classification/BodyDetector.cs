namespace Serverless.Shared.Classification;

/// <summary>
/// Finds the requesting bodies of a paragraph: the adopting organ for an operative paragraph, then every
/// body whose texts are cited by name, abbreviation (exact case) or symbol (<c>résolution 70/125</c> is the
/// General Assembly's, <c>résolution 2006/46</c> the Economic and Social Council's). A body named as the
/// receiver (<c>à l'Assemblée générale</c>, <c>to the Council</c>) is not one.
/// </summary>
internal sealed class BodyDetector(TaxonomyLexicon lexicon)
{
    public IReadOnlyList<string> Find(
        string text,
        bool adoptedHere,
        string? documentBody,
        PhraseMatcher<LexiconEntry> matcher,
        List<TextToken> tokens,
        List<PhraseMatch> matches)
    {
        var bodies = new List<string>(2);
        if (adoptedHere && !string.IsNullOrEmpty(documentBody))
        {
            bodies.Add(documentBody);
        }

        foreach (var match in matches)
        {
            var start = tokens[match.FirstToken].Start;
            var end = tokens[match.LastToken].End;
            foreach (var entry in matcher.EntriesOf(match.Node))
            {
                if (entry.Kind != LexiconEntryKind.Body || bodies.Contains(entry.Target))
                {
                    continue;
                }

                if (entry.ExactForm is not null && !SameLettersExactCase(text.AsSpan(start, end - start), entry.ExactForm))
                {
                    continue;
                }

                if (IsReceiver(text, start))
                {
                    continue;
                }

                bodies.Add(entry.Target);
            }
        }

        if (MaySymbolise(text))
        {
            foreach (var (id, pattern) in lexicon.Symbols)
            {
                if (!bodies.Contains(id) && pattern.IsMatch(text))
                {
                    bodies.Add(id);
                }
            }
        }

        return bodies;
    }

    /// <summary>Every symbol pattern needs a slash or the word "résolution"/"resolution": skip the regexes otherwise.</summary>
    private static bool MaySymbolise(string text) =>
        text.Contains('/') || text.Contains("solution", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the word before the name (skipping an article) is a dative marker such as <c>à</c> or <c>to</c>.</summary>
    private bool IsReceiver(string text, int start)
    {
        Span<char> word = stackalloc char[8];
        var i = start - 1;
        for (var round = 0; round < 2; round++)
        {
            while (i >= 0 && (char.IsWhiteSpace(text[i]) || TextNormaliser.IsApostrophe(text[i])))
            {
                i--;
            }

            var end = i + 1;
            while (i >= 0 && TextNormaliser.FoldChar(text[i]) != '\0')
            {
                i--;
            }

            var length = end - (i + 1);
            if (length == 0 || length > word.Length)
            {
                return false;
            }

            for (var k = 0; k < length; k++)
            {
                word[k] = TextNormaliser.FoldChar(text[i + 1 + k]);
            }

            var w = word[..length];
            if (round == 0 && w is "l" or "la" or "le" or "les" or "the")
            {
                continue;
            }

            return lexicon.DativeMarkers.Contains(w.ToString());
        }

        return false;
    }

    private static bool SameLettersExactCase(ReadOnlySpan<char> span, string form)
    {
        var j = 0;
        foreach (var c in span)
        {
            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }

            while (j < form.Length && !char.IsLetterOrDigit(form[j]))
            {
                j++;
            }

            if (j >= form.Length || form[j] != c)
            {
                return false;
            }

            j++;
        }

        while (j < form.Length && !char.IsLetterOrDigit(form[j]))
        {
            j++;
        }

        return j == form.Length;
    }
}
