using System.Text.RegularExpressions;
using Serverless.Shared.Classification;

namespace Serverless.Shared.Entities;

/// <summary>
/// How a contribution names an organisation the catalogue does not know: the name it defines with an abbreviation
/// ("Le Réseau des universités francophones pour le numérique (RUFN) regroupe..."), checked by the abbreviation's
/// letters being the initials of the name's words (the language's small words left out), and the name as a sentence
/// prints it when the letterhead or title shouts it in capitals.
/// </summary>
public sealed partial class OrganisationNames(LanguageCatalog languages)
{
    private const int MaxNameWords = 14;
    private const int NameWindow = 300;

    /// <summary>Words that carry no initial in an abbreviation (articles, prepositions), in every language.</summary>
    private readonly HashSet<string> _smallWords = languages.Languages
        .SelectMany(l => l.StopWords.Concat(l.Elisions)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Abbreviations that stay in capitals when a shouted name is recased ("ICT", "TIC"), by their upper-case form.</summary>
    private readonly Dictionary<string, string> _capitalsKept = languages.Languages
        .SelectMany(l => l.DocumentProfile?.CapitalsKept ?? [])
        .DistinctBy(w => w.ToUpperInvariant())
        .ToDictionary(w => w.ToUpperInvariant(), w => w, StringComparer.Ordinal);

    /// <summary>
    /// Every "Name (ABBR)" the texts define, in order, as <c>Name (ABBR)</c>: the fewest words before the brackets
    /// whose initials spell the abbreviation.
    /// </summary>
    public IReadOnlyList<DefinedName> Definitions(IEnumerable<string> texts)
    {
        var found = new List<DefinedName>();
        foreach (var text in texts)
        {
            foreach (Match match in Abbreviation().Matches(text))
            {
                // The name stands just before its bracket: only that much text is read, however long the paragraph.
                if (NameBefore(text[Math.Max(0, match.Index - NameWindow)..match.Index], match.Groups["abbr"].Value) is { } name
                    && found.All(f => f.Abbreviation != match.Groups["abbr"].Value))
                {
                    found.Add(new DefinedName(name, match.Groups["abbr"].Value));
                }
            }
        }

        return found;
    }

    /// <summary>The name a line defines with its abbreviation, when the line is that name (a letterhead).</summary>
    public DefinedName? DefinedBy(string line)
    {
        var match = Abbreviation().Match(line);
        return match.Success && match.Index <= NameWindow && NameBefore(line[..match.Index], match.Groups["abbr"].Value) is { } name
               && TextNormaliser.Fold(line[..match.Index]).Trim() == TextNormaliser.Fold(name)
            ? new DefinedName(name, match.Groups["abbr"].Value)
            : null;
    }

    /// <summary>
    /// The full name of a contributor known only by its abbreviation ("BEREC"): the name the texts define for it by its
    /// initials ("... the Body of European Regulators for Electronic Communications (BEREC) gathers..."), else a line that is
    /// a name and that abbreviation in brackets ("Inter-American Telecommunication Commission (CITEL)", whose letters
    /// need not be the name's initials), else the words a letterhead prints right after the abbreviation whose initials
    /// spell it ("APNIC Asia Pacific Network Information Centre"). Null when <paramref name="abbreviation"/> is not one word in capitals, or no
    /// text gives its name.
    /// </summary>
    public DefinedName? Expand(string abbreviation, IEnumerable<string> texts)
    {
        if (!Abbreviation().IsMatch($" ({abbreviation})"))
        {
            return null;
        }

        var lines = texts.ToArray();
        if (Definitions(lines).FirstOrDefault(d => d.Abbreviation == abbreviation) is { } defined)
        {
            return defined;
        }

        var bracket = $" ({abbreviation})";
        foreach (var line in lines)
        {
            var at = line.IndexOf(bracket, StringComparison.Ordinal);
            if (at > 0 && CapitalisedNameBefore(line[Math.Max(0, at - NameWindow)..at]) is { } name)
            {
                return new DefinedName($"{name} ({abbreviation})", abbreviation);
            }
        }

        // A letterhead prints the abbreviation over the name it stands for ("APNIC" / "Asia Pacific Network Information
        // Centre"): the words right after it, when their initials spell it.
        foreach (var line in lines)
        {
            foreach (Match at in Regex.Matches(line, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(abbreviation)}(?![\p{{L}}\p{{N}}])"))
            {
                if (NameAfter(line[(at.Index + at.Length)..], abbreviation) is { } name)
                {
                    return new DefinedName(name, abbreviation);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The fewest words opening <paramref name="after"/>, each capitalised but the small ones, whose initials spell
    /// <paramref name="abbreviation"/>: the name a letterhead prints under its abbreviation.
    /// </summary>
    private string? NameAfter(string after, string abbreviation)
    {
        var words = Word().Matches(after.Length <= NameWindow ? after : after[..NameWindow]).Take(MaxNameWords).ToArray();
        if (words.Length == 0 || after[..words[0].Index].Trim().Length > 0)
        {
            return null; // punctuation between them: the abbreviation ends a sentence or a list, it heads no name
        }

        var target = TextNormaliser.Fold(abbreviation).Replace(" ", "", StringComparison.Ordinal);
        var initials = "";
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i].Value;
            var folded = TextNormaliser.Fold(word).Trim();
            var gap = i == 0 ? "" : after[(words[i - 1].Index + words[i - 1].Length)..words[i].Index];
            if (gap.Trim().Length > 0 || folded.Length == 0 || (!char.IsUpper(word[0]) && !_smallWords.Contains(folded)))
            {
                return null;
            }

            if (!_smallWords.Contains(folded))
            {
                initials += string.Concat(word.Split(['-', '\'', '’'], StringSplitOptions.RemoveEmptyEntries).Select(w => TextNormaliser.Fold(w).Trim()).Where(w => w.Length > 0).Select(w => w[0]));
            }

            if (initials == target)
            {
                return $"{after[words[0].Index..(words[i].Index + word.Length)]} ({abbreviation})";
            }

            if (!target.StartsWith(initials, StringComparison.Ordinal))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The words in upper and lower case that end <paramref name="before"/>, each capitalised but the small ones between
    /// them ("Inter-American Telecommunication Commission", after "ORGANIZATION OF AMERICAN STATES" in capitals): at
    /// least two words, no figure.
    /// </summary>
    private string? CapitalisedNameBefore(string before)
    {
        var words = Word().Matches(before).ToArray();
        var start = words.Length;
        for (var i = words.Length - 1; i >= 0 && words.Length - i <= MaxNameWords; i--)
        {
            var word = words[i].Value;
            var gap = before[(words[i].Index + word.Length)..(i + 1 < words.Length ? words[i + 1].Index : before.Length)];
            if (gap.Trim().Length > 0 || word.Any(char.IsDigit) || (word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c))))
            {
                break; // punctuation, a figure, or the line in capitals above the name
            }

            var small = _smallWords.Contains(TextNormaliser.Fold(word).Trim());
            if (char.IsUpper(word[0]) && !small)
            {
                start = i;
            }
            else if (!small)
            {
                break; // "The" opening the sentence is not the name's
            }
        }

        return words.Length - start >= 2 ? before[words[start].Index..].Trim() : null;
    }

    /// <summary>
    /// A letterhead's name in capitals run into the unit below it ("MINISTRY OF INFORMATION AND THE DIGITAL ECONOMY State
    /// Department for ICT", two lines read as one): the name is the words in capitals. A name that is not mostly such
    /// a run of three words or more (one longer than an abbreviation), or that has nothing after it, is returned whole.
    /// </summary>
    public static string CapitalsHead(string name)
    {
        var words = Word().Matches(name).ToArray();
        var run = words.TakeWhile(w => !w.Value.Any(char.IsLower)).ToArray();
        // A run of abbreviations ("WSIS ICT SME Alliance") is part of the name; a name in capitals has longer words.
        if (run.Length < MinCapitalsRun || run.Length == words.Length || !char.IsUpper(words[run.Length].Value[0]) || !run.Any(w => w.Length > 4))
        {
            return name;
        }

        var last = run[^1];
        return name[..(last.Index + last.Length)];
    }

    private const int MinCapitalsRun = 3;

    /// <summary>The longest word of a name of abbreviations kept in capitals ("RIPE NCC", "ISOC NG").</summary>
    private const int AbbreviationWordLength = 4;

    /// <summary>
    /// A name written in capitals ("AGENCE DE RÉGULATION DES TÉLÉCOMMUNICATIONS (ARTN)") as the document writes it
    /// elsewhere in upper and lower case, else as its language capitalises an organisation's name
    /// (<c>documentProfile.nameCapitalisation</c>: <c>first</c> word only, or every <c>words</c> but the small ones).
    /// </summary>
    public string Recase(string name, IEnumerable<string> texts, string? language)
    {
        var letters = name.Where(char.IsLetter).ToArray();
        if (letters.Length == 0 || letters.Count(char.IsUpper) < letters.Length * 0.8)
        {
            return name;
        }

        // A name the text's sentences write in capitals before a word in small letters, as a subject ("En 2025, ELLES a
        // accordé...", "In 2025, TIC TIMOR connected..."), is written so: an acronym that is also a word ("Elles ont
        // été...") is still the acronym. A letterhead a reader ran into a line is followed by another name or a figure.
        var sentences = texts.Where(t => t.Any(char.IsLower)).ToArray();
        if (sentences.Any(t => Regex.IsMatch(t, $@"(?<![\p{{L}}]){Regex.Escape(name)}\s+\p{{Ll}}{{2,}}", RegexOptions.CultureInvariant)))
        {
            return name;
        }

        // One word in capitals is an abbreviation ("BEREC"), not a name to recase, unless the text writes it as a word
        // elsewhere: "SÉNAT" on the letterhead, "le Sénat a adopté..." below.
        if (Word().Matches(name).Count == 1)
        {
            var capitalised = char.ToUpperInvariant(name[0]) + name[1..].ToLowerInvariant();
            return texts.Any(t => Regex.IsMatch(t, $@"(?<![\p{{L}}]){Regex.Escape(capitalised)}(?![\p{{L}}])", RegexOptions.CultureInvariant)) ? capitalised : name;
        }

        // A name of short words that the text's sentences also write in capitals is written so ("RIPE NCC" on the
        // letterhead, "In 2025, the RIPE NCC served..." below): its words are abbreviations, not words to recase. A
        // longer name in capitals inside a text is a letterhead a reader ran into it.
        if (Word().Matches(name).All(w => w.Value.Length <= AbbreviationWordLength) && sentences.Any(t => Regex.IsMatch(t, $@"(?<![\p{{L}}]){Regex.Escape(name)}(?![\p{{L}}])", RegexOptions.CultureInvariant)))
        {
            return name;
        }

        // Capitals are often printed without their accents ("AGENCE DE REGULATION DES TELECOMMUNICATIONS"): the text's
        // "Agence de Régulation des Télécommunications" is the same name, and its accents are kept. The text may give
        // the abbreviation otherwise ("(National Information Technology Development Agency, NITDA)"): the name before
        // its brackets is looked for then, and the brackets kept.
        var abbreviation = AbbreviationAtEnd().Match(name);
        foreach (var wanted in abbreviation.Success ? [name, name[..abbreviation.Index].TrimEnd()] : new[] { name })
        {
            foreach (var text in sentences)
            {
                var at = System.Globalization.CultureInfo.InvariantCulture.CompareInfo.IndexOf(text, wanted,
                    System.Globalization.CompareOptions.IgnoreCase | System.Globalization.CompareOptions.IgnoreNonSpace, out var length);
                if (at >= 0 && text.Substring(at, length) is var written && written != wanted && written.Any(char.IsLower))
                {
                    return wanted == name ? written : $"{written} {abbreviation.Value.Trim()}";
                }
            }
        }

        // "SOCIÉTÉ GABONAISE DES POSTES (LA POSTE SA)": a bracket of words, not an abbreviation, is written as the text's
        // sentences write it ("La Poste SA a ouvert..."), the name before it recased below.
        if (abbreviation.Success && Written(abbreviation.Groups["abbr"].Value, sentences) is { } bracket)
        {
            return $"{Recase(name[..abbreviation.Index].TrimEnd(), texts, language)} ({bracket})";
        }

        var style = language is not null && languages.TryGet(language, out var resource) ? resource.DocumentProfile?.NameCapitalisation : null;
        var first = true;
        return Word().Replace(name, m =>
        {
            var word = m.Value;
            var isFirst = first;
            first = false;
            if (m.Index > 0 && name[m.Index - 1] == '(')
            {
                return word; // the abbreviation keeps its capitals
            }

            if (_capitalsKept.TryGetValue(word.ToUpperInvariant(), out var kept))
            {
                return kept; // "MINISTRY OF ICT": the Ministry of ICT, not of Ict
            }

            // "DE L'AFRIQUE": a word kept after an elided article ("de l'Afrique de l'Ouest").
            var elided = word.IndexOfAny(['\'', '’']);
            if (elided is > 0 and <= 2 && elided < word.Length - 1 && _capitalsKept.TryGetValue(word[(elided + 1)..].ToUpperInvariant(), out var keptAfter))
            {
                return word[..(elided + 1)].ToLowerInvariant() + keptAfter;
            }

            var lower = word.ToLowerInvariant();
            var small = _smallWords.Contains(TextNormaliser.Fold(lower).Trim());

            // "RÉSEAU DES FEMMES ... DU MALI" in a language that capitalises a name's first word only: a State's name
            // keeps its capital (du Mali), as running text writes it.
            var capitalise = isFirst || (style == "words" && !small) || (!small && lower.Length >= 4 && StateNames.Default.Names(lower));

            // "CÔTE D'IVOIRE" in a name capitalised word by word: the elided article stays small, the word after it
            // is capitalised (Côte d'Ivoire), as a place's name is.
            var elision = lower.IndexOfAny(['\'', '’']);
            if (capitalise && !isFirst && elision is > 0 and <= 2 && elision < lower.Length - 1 && _smallWords.Contains(TextNormaliser.Fold(lower[..elision]).Trim()))
            {
                return lower[..(elision + 1)] + char.ToUpperInvariant(lower[elision + 1]) + lower[(elision + 2)..];
            }

            return capitalise ? char.ToUpperInvariant(lower[0]) + lower[1..] : lower;
        });
    }

    /// <summary>
    /// A place's name printed in capitals, as it is written in running text: every word capitalised but the small ones
    /// ("REPUBLIC OF RWANDA" is the Republic of Rwanda, "BURKINA FASO" Burkina Faso, "CÔTE D'IVOIRE" Côte d'Ivoire).
    /// A name already in mixed case is kept. In <paramref name="language"/>, its adjectives may stay in lower case
    /// (<c>documentProfile.placeLowerCase</c>: "RÉPUBLIQUE GABONAISE" is the République gabonaise).
    /// </summary>
    public string RecasePlace(string place, string? language = null)
    {
        var lowerCase = language is not null && languages.TryGet(language, out var resource) && resource.DocumentProfile?.PlaceLowerCase is { } pattern
            ? new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))
            : null;
        var letters = place.Where(char.IsLetter).ToArray();
        if (letters.Length == 0 || letters.Count(char.IsUpper) < letters.Length * 0.8)
        {
            return place;
        }

        var first = true;
        return Word().Replace(place, m =>
        {
            var lower = m.Value.ToLowerInvariant();
            var small = !first && (_smallWords.Contains(TextNormaliser.Fold(lower).Trim()) || lowerCase?.IsMatch(lower) == true);
            first = false;

            // "D'IVOIRE": the elided article stays small, the name after it is capitalised (Côte d'Ivoire).
            var elision = lower.IndexOfAny(['\'', '’']);
            if (elision is > 0 and <= 2 && elision < lower.Length - 1)
            {
                return lower[..(elision + 1)] + char.ToUpperInvariant(lower[elision + 1]) + lower[(elision + 2)..];
            }

            return small ? lower : char.ToUpperInvariant(lower[0]) + lower[1..];
        });
    }

    /// <summary>
    /// The fewest words ending <paramref name="before"/> whose initials spell <paramref name="abbreviation"/>; a figure
    /// in it stands for a small word it sounds like ("A4AI", the Alliance for Affordable Internet), so its letters alone
    /// must be the initials.
    /// </summary>
    private string? NameBefore(string before, string abbreviation)
    {
        var words = Word().Matches(before).ToArray();
        var target = TextNormaliser.Fold(abbreviation).Replace(" ", "", StringComparison.Ordinal);
        var letters = new string(target.Where(char.IsLetter).ToArray());
        if (letters.Length >= MinAbbreviationLetters && letters.Length < target.Length && char.IsLetter(target[0]))
        {
            target = letters;
        }

        for (var count = 1; count <= Math.Min(MaxNameWords, words.Length); count++)
        {
            var start = words[^count];
            if (!char.IsUpper(start.Value[0]) || _smallWords.Contains(TextNormaliser.Fold(start.Value).Trim()))
            {
                continue;
            }

            var initials = string.Concat(words[^count..]
                .SelectMany(w => w.Value.Split(['-', '\'', '’'], StringSplitOptions.RemoveEmptyEntries))
                .Select(w => TextNormaliser.Fold(w).Trim())
                .Where(w => w.Length > 0 && !_smallWords.Contains(w))
                .Select(w => w[0]));
            if (initials == target)
            {
                // Only what lies between the first word and the bracket: no opening article, no text before.
                var last = words[^1];
                var from = start.Index;
                var apostrophe = start.Value.IndexOfAny(['\'', '’']);
                if (apostrophe > 0 && _smallWords.Contains(TextNormaliser.Fold(start.Value[..apostrophe]).Trim()))
                {
                    from += apostrophe + 1; // "L'Association ..." is the Association's name with its article
                }

                var text = before[from..(last.Index + last.Length)];
                return $"{text} ({abbreviation})";
            }
        }

        return null;
    }

    private const int MinAbbreviationLetters = 3;

    // A word, with the hyphens and apostrophes inside it: "Asia-Pacific", "d'Afrique", "l'Ouest".
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")]
    private static partial Regex Word();

    /// <summary>The name and the abbreviation a text writes in brackets right after it, whatever its letters: "... humanitaires (OCHA)".</summary>
    public static string? WrittenWithAbbreviation(string name, IEnumerable<string> texts)
    {
        var pattern = new Regex($@"(?<![\p{{L}}]){Regex.Escape(name)}(?<abbr>\s\(\p{{Lu}}[\p{{Lu}}\p{{N}}&]{{1,11}}\))", RegexOptions.CultureInvariant);
        return texts.Select(t => pattern.Match(t)).FirstOrDefault(m => m.Success) is { } match ? name + match.Groups["abbr"].Value : null;
    }

    /// <summary>How many organisations a name defines with an abbreviation: a joint contribution's name holds several.</summary>
    public static int AbbreviationCount(string name) => Abbreviation().Matches(name).Count;

    [GeneratedRegex(@"\s\((?<abbr>\p{Lu}[\p{Lu}\p{N}&]{1,11})\)")]
    private static partial Regex Abbreviation();

    [GeneratedRegex(@"\s*\((?<abbr>[^()]+)\)$")]
    private static partial Regex AbbreviationAtEnd();

    /// <summary>
    /// Words in capitals (two or more: one is an abbreviation) as a sentence of the text writes them in upper and lower
    /// case ("LA POSTE SA", "La Poste SA a ouvert..."); null when no sentence writes them so.
    /// </summary>
    private static string? Written(string capitals, IEnumerable<string> sentences)
    {
        if (Word().Matches(capitals).Count < 2)
        {
            return null;
        }

        foreach (var text in sentences)
        {
            var at = System.Globalization.CultureInfo.InvariantCulture.CompareInfo.IndexOf(text, capitals,
                System.Globalization.CompareOptions.IgnoreCase | System.Globalization.CompareOptions.IgnoreNonSpace, out var length);
            if (at >= 0 && text.Substring(at, length) is var written && written != capitals && written.Any(char.IsLower))
            {
                return written;
            }
        }

        return null;
    }
}

/// <param name="Name">The name with its abbreviation in brackets, as the text writes it: <c>Réseau ... numérique (RUFN)</c>.</param>
public sealed record DefinedName(string Name, string Abbreviation);
