using System.Text.RegularExpressions;
using Serverless.Shared.Classification;

namespace Serverless.Shared.Summary.Synthesis;

/// <summary>
/// Lines in which a contribution speaks of its contributor rather than of the year's work: the signature ("Chair,
/// Asia-Pacific Network of Women in Technology") and the sentence that presents who the contributor is ("Le Réseau ...
/// (RUFN) regroupe 64 établissements", "The Foundation is a non-profit organisation founded in 2011"). Neither is an
/// activity. The phrasings are each language's <c>documentProfile.signature</c> and <c>documentProfile.presentation</c>.
/// </summary>
public sealed partial class ContributorLines
{
    private const int SignatureLength = 160;

    private readonly Regex? _signature;
    private readonly Regex? _presentation;
    private readonly Regex? _valediction;
    private readonly Regex? _selfDescription;
    private readonly string[] _articles;

    /// <summary>"of", "the", "de", "du": the words a name's complement may hold in lower case.</summary>
    private readonly HashSet<string> _smallWords;

    public ContributorLines(LanguageCatalog languages)
    {
        _signature = AnyLanguage(languages, p => p.Signature);
        _presentation = AnyLanguage(languages, p => p.Presentation);
        _valediction = AnyLanguage(languages, p => p.Valediction);
        _selfDescription = AnyLanguage(languages, p => p.SelfDescription);
        _articles = languages.Languages.SelectMany(l => l.DocumentProfile?.Articles ?? []).Distinct().ToArray();
        _companyForms = languages.Languages.SelectMany(l => l.DocumentProfile?.CompanyForms ?? [])
            .Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(f => f.Length).ToArray();
        _smallWords = languages.Languages.SelectMany(l => l.StopWords).ToHashSet(StringComparer.Ordinal);
        var selfReferences = languages.Languages.SelectMany(l => l.DocumentProfile?.SelfReferences ?? []).Distinct().Select(Regex.Escape).ToArray();
        _selfReferences = selfReferences.Length == 0 ? [] :
            [.. new[] { 1, 2 }.Select(words => new Regex($@"^(?:{string.Join('|', selfReferences)})\s+(?:[\p{{L}}-]+\s+){{{words}}}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))];
    }

    /// <summary>
    /// "plc is a mobile network operator": a company's legal form that its text writes after the name the report gives
    /// it without one (each language's <c>documentProfile.companyForms</c>), set aside before the presentation's verb.
    /// </summary>
    private string WithoutCompanyForm(string after)
    {
        foreach (var form in _companyForms)
        {
            if (after.StartsWith(form, StringComparison.OrdinalIgnoreCase) && after.Length > form.Length && !char.IsLetterOrDigit(after[form.Length]))
            {
                return after[form.Length..].TrimStart(' ', ',');
            }
        }

        return after;
    }

    /// <summary>Each language's company forms, longest first ("co., ltd." before "co").</summary>
    private readonly string[] _companyForms;

    /// <summary>"Our network", "Notre association", "Our three organisations": a contributor speaking of itself without its name.</summary>
    private readonly Regex[] _selfReferences;

    /// <summary>A letter's closing line ("Best regards,", "Cordialement,"): the signature follows it.</summary>
    public bool IsValediction(string text) => text.Length <= ValedictionLength && _valediction?.IsMatch(text.Trim()) == true;

    private const int ValedictionLength = 250;

    public bool IsSignature(string text) => text.Length <= SignatureLength && _signature?.IsMatch(text.Trim()) == true;

    /// <summary>
    /// Whether <paramref name="text"/> opens on one of the contributor's <paramref name="names"/> and presents it; also
    /// after a phrase naming no year before a comma ("On behalf of the German Federal Ministry..., GIZ implements some
    /// 90 projects...") and under a longer name that defines it, or the abbreviation it holds, in brackets ("Le chapitre
    /// béninois de l'Internet Society (ISOC Bénin) est une association...").
    /// </summary>
    public bool IsPresentation(string text, IEnumerable<string> names)
    {
        var known = names.ToArray();
        if (OpensWithPresentation(text, known))
        {
            return true;
        }

        var comma = text.IndexOf(", ", StringComparison.Ordinal);
        if (comma is > 0 and <= LeadingPhraseLength && !OwnYear().IsMatch(text[..comma]) && OpensWithPresentation(text[(comma + 2)..], known))
        {
            return true;
        }

        // The abbreviation a name holds ("Commission de la CEEAC") is the one its parent's full name defines ("La
        // Communauté économique des États de l'Afrique centrale (CEEAC) regroupe onze États membres").
        var sentence = SentenceSplitter.Split(text).FirstOrDefault() ?? text;
        var abbreviations = known.SelectMany(n => n.Split([' ', '(', ')'], StringSplitOptions.RemoveEmptyEntries)).Where(IsCapitals);
        foreach (var name in known.Concat(abbreviations).Where(n => n.Length > 1).Distinct())
        {
            var bracketed = sentence.IndexOf($"({name})", StringComparison.Ordinal);
            if (bracketed > 0 && _presentation?.IsMatch(sentence[(bracketed + name.Length + 2)..].TrimStart()) == true)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"On behalf of the German Federal Ministry for Economic Cooperation and Development (BMZ),": a phrase before the subject.</summary>
    private const int LeadingPhraseLength = 120;

    private bool OpensWithPresentation(string text, string[] names)
    {
        if (_presentation is null)
        {
            return false;
        }

        var rest = text.TrimStart();
        var article = _articles.FirstOrDefault(a => rest.StartsWith(a, StringComparison.OrdinalIgnoreCase)
            && (a.EndsWith('\'') || a.EndsWith('’') || (rest.Length > a.Length && rest[a.Length] == ' ')));
        if (article is not null)
        {
            rest = rest[article.Length..].TrimStart();
        }

        if (_selfReferences.Select(r => r.Match(rest)).Any(self => self.Success && _presentation.IsMatch(rest[self.Length..])))
        {
            return true;
        }

        foreach (var name in names.SelectMany(n => new[] { n, WithoutPlace(n) }).Where(n => n.Length > 1).Distinct().OrderByDescending(n => n.Length))
        {
            if (rest.StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                var after = rest[name.Length..].TrimStart();
                after = Regex.Replace(after, @"^\([^)]{1,20}\)\s*", ""); // the abbreviation defined with the name
                after = WithoutCompanyForm(after); // "Sahel Mobile Telecom plc is a mobile network operator..."
                return _presentation.IsMatch(after) || PresentsAfterComplement(after) || DescribesItself(after);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the sentence presents the contributor after a complement of proper names to its name ("The Digital
    /// Inclusion Lab <i>of the Universidad de Valparaíso</i> is a research centre..."): capitalised words and the
    /// languages' small words between them, at most a few, then the presentation's verb.
    /// </summary>
    private bool PresentsAfterComplement(string after)
    {
        var words = after.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var named = false;
        for (var i = 0; i < Math.Min(words.Length, MaxComplementWords); i++)
        {
            if (named && _presentation!.IsMatch(string.Join(' ', words[i..])))
            {
                return true;
            }

            var word = words[i];
            if (char.IsUpper(word[0]) && char.IsLetter(word[^1]))
            {
                named = true;
            }
            else if (!_smallWords.Contains(word.ToLowerInvariant()))
            {
                return false;
            }
        }

        return false;
    }

    private const int MaxComplementWords = 8;

    /// <summary>
    /// Whether the sentence says in the present what the contributor does year after year ("DRWI monitors Internet
    /// shutdowns...", "Le TRBR régule les télécommunications..."): a verb in the present after its name
    /// (<c>documentProfile.selfDescription</c>), in a first sentence that names no year of its own; a period of years
    /// ("la Stratégie ... 2022-2026") dates no activity.
    /// </summary>
    private bool DescribesItself(string after) =>
        _selfDescription?.IsMatch(after) == true && !OwnYear().IsMatch(NamedYear().Replace(SentenceSplitter.Split(after).FirstOrDefault() ?? after, " "));

    [GeneratedRegex(@"(?<![\d–-])(?:19|20)\d{2}(?![\d–-])")]
    private static partial Regex OwnYear();

    /// <summary>"the 2050 Strategy for the Blue Pacific Continent", "the 2030 Agenda": a year that names a plan dates no activity.</summary>
    [GeneratedRegex(@"\b(?:the|la|le|l['’])\s*(?:19|20)\d{2}\s+\p{Lu}", RegexOptions.IgnoreCase)]
    private static partial Regex NamedYear();

    /// <summary>
    /// The shorter names by which a contribution speaks of its contributor when the name it was detected by carries
    /// none ("The IPU is the global organization..." of the Inter-Parliamentary Union, "La CNIL est l'autorité..." of
    /// the Commission nationale de l'informatique et des libertés, "UbuntuNet Alliance is..." of the UbuntuNet Alliance
    /// for Research and Education Networking): its initials, an abbreviation in capitals kept whole ("IEEE SA" of the
    /// IEEE Standards Association), and the words before its first small word.
    /// </summary>
    public IEnumerable<string> ShortForms(string name)
    {
        var words = name.Split([' ', '-', '‑'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => Regex.Replace(w, @"^\p{L}['’]", "").Trim('(', ')', ',', '.'))
            .Where(w => w.Length > 0 && char.IsLetter(w[0]) && !IsSmall(w))
            .ToArray();
        if (words.Length >= 2)
        {
            var initials = string.Concat(words.Select(w => IsCapitals(w) ? w : char.ToUpperInvariant(w[0]).ToString()));
            yield return initials;
            if (words.Any(IsCapitals) && !IsCapitals(words[^1]))
            {
                // "IEEE SA": the abbreviation kept, then the initials of the words after it.
                var at = Array.FindLastIndex(words, IsCapitals);
                yield return string.Join(' ', string.Concat(words[..(at + 1)]), string.Concat(words[(at + 1)..].Select(w => char.ToUpperInvariant(w[0]))));
            }
        }

        var spaced = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var small = Array.FindIndex(spaced, w => IsSmall(w) && w == w.ToLowerInvariant());
        if (small >= 2)
        {
            yield return string.Join(' ', spaced[..small]);
        }

        // "ISO/IEC JTC 1" of "ISO/IEC Joint Technical Committee 1": a run of capitalised words between others, by its initials.
        var run = Array.FindIndex(spaced, w => char.IsUpper(w[0]) && w.Any(char.IsLower));
        var end = run;
        while (end >= 0 && end < spaced.Length && char.IsUpper(spaced[end][0]) && spaced[end].Any(char.IsLower))
        {
            end++;
        }

        if (run > 0 && end - run >= 2)
        {
            yield return string.Join(' ', spaced[..run].Append(string.Concat(spaced[run..end].Select(w => w[0]))).Concat(spaced[end..]));
        }
    }

    private static bool IsCapitals(string word) => word.Length >= 2 && word.All(c => char.IsUpper(c) || char.IsDigit(c));

    /// <summary>
    /// The name without the place that ends it ("Assemblée nationale du Bénin", "Judiciary of Kenya"): the text that
    /// presents the contributor calls it by the rest ("L'Assemblée nationale est l'organe législatif..."). The place is
    /// capitalised words after one of the languages' small words; a name without one is returned as it is.
    /// </summary>
    public string WithoutPlace(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var end = words.Length;
        while (end > 1 && char.IsUpper(words[end - 1][0]) && !words[end - 1].Contains('('))
        {
            end--;
        }

        var head = end;
        while (end > 1 && end < words.Length && IsSmall(words[end - 1]))
        {
            end--;
        }

        return end < head && end > 0 ? string.Join(' ', words[..end]) : name;
    }

    /// <summary>"of", "du", "de", and an elided "d'" before the place ("d'Ivoire").</summary>
    private bool IsSmall(string word) => _smallWords.Contains(word.ToLowerInvariant());

    private static Regex? AnyLanguage(LanguageCatalog languages, Func<LanguageDocumentProfile, string?> phrasing)
    {
        var patterns = languages.Languages.Select(l => l.DocumentProfile is { } profile ? phrasing(profile) : null).OfType<string>().ToList();
        return patterns.Count == 0
            ? null
            : new Regex(string.Join('|', patterns.Select(p => $"(?:{p})")), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
