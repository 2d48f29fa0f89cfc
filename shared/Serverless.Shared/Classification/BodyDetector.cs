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
        List<PhraseMatch> matches,
        IReadOnlyList<Range>? addresseeSpans = null)
    {
        var bodies = new List<string>(2);
        if (adoptedHere && !string.IsNullOrEmpty(documentBody))
        {
            bodies.Add(documentBody);
        }

        // "Recalling its resolution 70/125": the organ cites its own earlier text, in a preamble as well.
        if (!string.IsNullOrEmpty(documentBody) && !bodies.Contains(documentBody) && CitesOwnText(text))
        {
            bodies.Add(documentBody);
        }

        var receiverEnd = -1;
        foreach (var match in matches)
        {
            var start = tokens[match.FirstToken].Start;
            var end = tokens[match.LastToken].End;
            var coordinated = receiverEnd >= 0 && IsCoordination(text, receiverEnd, start);
            foreach (var entry in matcher.EntriesOf(match.Node))
            {
                // "at the request of the Secretary-General": someone usually asked to act is cited as asking.
                if (entry.Kind == LexiconEntryKind.Addressee && lexicon.RequesterAddressees.Contains(entry.Target) &&
                    !bodies.Contains(entry.Target) && EndsWithAny(WithoutTrailingArticles(Before(text, start), lexicon.Articles), lexicon.RequestMarkers))
                {
                    bodies.Add(entry.Target);
                    continue;
                }

                if (entry.Kind != LexiconEntryKind.Body || bodies.Contains(entry.Target))
                {
                    continue;
                }

                if (entry.ExactForm is not null && !SameLettersExactCase(text.AsSpan(start, end - start), entry.ExactForm))
                {
                    continue;
                }

                // "l'assemblée générale de l'association", "the secretary-general of the farmers' union": an organ's
                // name is a proper name, written with a capital, unless the text writes no capitals at all.
                if (entry.ExactForm is null && char.IsLower(text[start]) && HasCapitals(text))
                {
                    continue;
                }

                // "the General Assembly of the Organization of American States": another organisation's organ.
                if (BelongsToAnotherOrganisation(text, end))
                {
                    continue;
                }

                // "adopted by its General Conference": UNESCO's, in a paragraph that names UNESCO.
                if (entry.NamedWith is not null && !NamesAny(text, entry.NamedWith))
                {
                    continue;
                }

                // A body asked to act (after "Prie", "Requests") or addressed ("à la Commission") is not a requester.
                if (coordinated || IsReceiver(text, start) || InAny(addresseeSpans, start, text.Length))
                {
                    // "par l'intermédiaire de la Commission ... et du Conseil": the second body receives too.
                    receiverEnd = end;
                    continue;
                }

                // "Souligne le rôle de la Commission": the body's role is the subject; nothing of it is cited.
                if (IsRoleOf(text, start))
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

    /// <summary>
    /// Whether the organ's name ending at <paramref name="end"/> is followed by the name of an organisation other than
    /// those whose organs the taxonomy holds: "the General Assembly of the Organization of American States", "le
    /// Secrétaire général de l'Organisation internationale de la Francophonie", "the Economic and Social Council of the
    /// African Union". "of the United Nations", "de l'ONU", "of the Union" keep it, unless the system owner's name runs on
    /// into another organisation's ("of the United Nations Children's Fund").
    /// </summary>
    private bool BelongsToAnotherOrganisation(string text, int end)
    {
        if (lexicon.OwnerLinks.Count == 0)
        {
            return false;
        }

        var rest = text.AsSpan(end, Math.Min(OwnerWindow, text.Length - end)).TrimStart().ToString().Replace('\u2019', '\'');
        foreach (var link in lexicon.OwnerLinks)
        {
            if (!rest.StartsWith(link, StringComparison.OrdinalIgnoreCase) ||
                (link[^1] != '\'' && (rest.Length == link.Length || !char.IsWhiteSpace(rest[link.Length]))))
            {
                continue;
            }

            var owner = rest.AsSpan(link.Length).TrimStart();
            if (owner.IsEmpty || !char.IsUpper(owner[0]))
            {
                return false;
            }

            foreach (var systemOwner in lexicon.SystemOwners)
            {
                if (owner.StartsWith(systemOwner, StringComparison.Ordinal) && NameEndsAt(owner, systemOwner.Length))
                {
                    return false;
                }
            }

            // "the adoption by the General Assembly of the Global Digital Compact", "le Forum sur la gouvernance
            // d'Internet de Riyad": "of" also takes an object or a place; only an organisation's name is an owner.
            return NamesAnOrganisation(owner);
        }

        return false;
    }

    /// <summary>Whether the capitalised name opening <paramref name="text"/> holds an organisation noun ("Organization of American States").</summary>
    private bool NamesAnOrganisation(ReadOnlySpan<char> text)
    {
        var words = 0;
        foreach (var range in text.SplitAny(' ', '\''))
        {
            var word = text[range].Trim(",;:.()");
            if (word.IsEmpty)
            {
                continue;
            }

            // The name runs over capitalised words and the small ones between them ("of", "de la"), a few at most.
            if (++words > OwnerNameWords || (!char.IsUpper(word[0]) && word.Length > 3))
            {
                return false;
            }

            if (lexicon.OrganisationWords.Contains(TextNormaliser.Fold(word.ToString()).Trim()))
            {
                return true;
            }
        }

        return false;
    }

    private const int OwnerNameWords = 8;

    /// <summary>Whether a name ends at <paramref name="at"/>: no letter runs on, and no capitalised word follows.</summary>
    private static bool NameEndsAt(ReadOnlySpan<char> text, int at)
    {
        if (at == text.Length)
        {
            return true;
        }

        if (char.IsLetterOrDigit(text[at]))
        {
            return false;
        }

        var next = text[at..];
        return !char.IsWhiteSpace(next[0]) || next.TrimStart() is not { IsEmpty: false } word || !char.IsUpper(word[0]);
    }

    private const int OwnerWindow = 120;

    private static bool HasCapitals(string text)
    {
        foreach (var c in text)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the text holds one of the own-text phrases as whole words (any case).</summary>
    private bool CitesOwnText(string text)
    {
        foreach (var marker in lexicon.OwnTextMarkers)
        {
            for (var at = text.IndexOf(marker, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(marker, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var end = at + marker.Length;
                if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])) && !IntroducesLaterSubject(text, at))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "in its resolution 140, the Plenipotentiary Conference...", "dans sa Résolution 140, la Conférence...": after these
    /// words the possessive points forward to the organ named next, not to the document's own.
    /// </summary>
    private bool IntroducesLaterSubject(string text, int markerStart)
    {
        var before = TextNormaliser.Fold(text[Math.Max(0, markerStart - 12)..markerStart]).TrimEnd();
        var space = before.LastIndexOf(' ');
        var word = space < 0 ? before : before[(space + 1)..];
        return lexicon.ForwardCitationWords.Contains(word);
    }

    /// <summary>Whether the text holds one of the names as whole words, in their exact case.</summary>
    private static bool NamesAny(string text, IReadOnlyList<string> names)
    {
        foreach (var name in names)
        {
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                var end = at + name.Length;
                if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether only "et"/"and" (with articles: the languages' coordination gaps) separates two names.</summary>
    private bool IsCoordination(string text, int previousEnd, int start)
    {
        if (start - previousEnd > 16 || start < previousEnd)
        {
            return false;
        }

        var gap = TextNormaliser.Fold(text[previousEnd..start]).Trim();
        return lexicon.CoordinationGaps.Contains(gap);
    }

    private static bool InAny(IReadOnlyList<Range>? spans, int position, int length)
    {
        if (spans is null)
        {
            return false;
        }

        foreach (var span in spans)
        {
            var (offset, count) = span.GetOffsetAndLength(length);
            if (position >= offset && position < offset + count)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every symbol pattern needs a slash or one of the language files' symbol words: skip the regexes otherwise.</summary>
    private bool MaySymbolise(string text)
    {
        if (text.Contains('/'))
        {
            return true;
        }

        foreach (var word in lexicon.SymbolWords)
        {
            if (text.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the words before the name (articles skipped) end with a receiver marker from the taxonomy:
    /// <c>à la</c> Commission, <c>par l'intermédiaire du</c> Conseil, <c>to the</c> General Assembly.
    /// </summary>
    private bool IsReceiver(string text, int start)
    {
        var before = WithoutTrailingArticles(Before(text, start), lexicon.Articles);

        // "pursuant to the Council's request": the "to" of a citation, not of an address.
        if (EndsWithAny(before, lexicon.CitationMarkers))
        {
            return false;
        }

        foreach (var marker in lexicon.DativeMarkers)
        {
            if (before.EndsWith(marker, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The folded text just before a name: enough for the longest marker.</summary>
    private static string Before(string text, int start) => TextNormaliser.Fold(text[Math.Max(0, start - 48)..start]).TrimEnd();

    /// <summary>Folded text without the articles and "of"/"de" it ends with: "at the request of the" → "at the request".</summary>
    /// <param name="articles">Folded, each with a leading space (<see cref="TaxonomyLexicon.Articles"/>).</param>
    internal static string WithoutTrailingArticles(string folded, IReadOnlyList<string> articles)
    {
        var trimmed = true;
        while (trimmed)
        {
            trimmed = false;
            foreach (var article in articles)
            {
                if (folded.EndsWith(article, StringComparison.Ordinal))
                {
                    folded = folded[..^article.Length].TrimEnd();
                    trimmed = true;
                }
            }
        }

        return folded;
    }

    /// <summary>Whether <paramref name="before"/> ends with one of the phrases, as whole words.</summary>
    private static bool EndsWithAny(string before, IReadOnlyList<string> phrases)
    {
        foreach (var phrase in phrases)
        {
            if (before.EndsWith(phrase, StringComparison.Ordinal) &&
                (before.Length == phrase.Length || before[^(phrase.Length + 1)] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether one of the last few words before the name is a role marker from the taxonomy.</summary>
    private bool IsRoleOf(string text, int start)
    {
        if (lexicon.RoleMarkers.Count == 0)
        {
            return false;
        }

        // The last few words of the folded text before the name, read from the end without splitting it.
        ReadOnlySpan<char> before = TextNormaliser.Fold(text[Math.Max(0, start - 40)..start]);
        var words = 0;
        while (words < RoleWindowWords)
        {
            before = before.TrimEnd(' ');
            if (before.IsEmpty)
            {
                return false;
            }

            var space = before.LastIndexOf(' ');
            if (lexicon.RoleMarkerWords.Contains(before[(space + 1)..]))
            {
                return true;
            }

            before = before[..Math.Max(0, space)];
            words++;
        }

        return false;
    }

    /// <summary>"le rôle bien établi de la", "the role played by the": the marker is at most this many words before the name.</summary>
    private const int RoleWindowWords = 5;

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
