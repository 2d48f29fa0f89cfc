using System.Text.RegularExpressions;
using Serverless.Shared.Classification;

namespace Serverless.Shared.Summary.Synthesis;

/// <summary>
/// How much a sentence tells a drafter: figures, countries and other proper names, named programmes and publications
/// weigh more than general wording; very long sentences weigh less. Used to rank, never to change text.
/// </summary>
public static partial class Informativeness
{
    private const double NumberWeight = 3;
    private const double NameWeight = 1.5;
    private const double NamedWorkWeight = 2;
    private const int LongSentenceWords = 70;

    public static double Score(string sentence)
    {
        var words = Words().Count(sentence);
        if (words < 6)
        {
            return 0;
        }

        // A covering note or a promise to keep reporting tells a drafter nothing about the year's activities.
        if (CoveringNote.Value?.IsMatch(sentence) == true)
        {
            return 0;
        }

        // "Dr. Agnes Nakato Principal, College of Computing and Information Sciences": a line of names (a signature, an
        // address, a heading in title case) says nothing happened; a statement has words in lower case.
        if (OnlyNames(sentence) || IsField(sentence))
        {
            return 0;
        }

        // "Which action lines did these activities address?": a questionnaire's question, never something done.
        if (sentence.TrimEnd().EndsWith('?'))
        {
            return 0;
        }

        var score = 1.0;
        score += NumberWeight * Math.Min(3, Numbers().Count(sentence));
        score += NameWeight * Math.Min(4, ProperNames(sentence).Count());
        score += NamedWorkWeight * Math.Min(2, NamedWork().Count(sentence));
        return words > LongSentenceWords ? score * LongSentenceWords / words : score;
    }

    /// <summary>
    /// Whether every word longer than a short function word opens with a capital. In a script without case no word
    /// does, so a sentence of such a language is never taken for a line of names.
    /// </summary>
    private static bool OnlyNames(string sentence)
    {
        var names = 0;
        foreach (Match word in Words().Matches(sentence))
        {
            if (word.Length <= ShortWordLength)
            {
                continue;
            }

            if (!char.IsUpper(word.Value[0]))
            {
                return false;
            }

            names++;
        }

        return names > 0;
    }

    /// <summary>
    /// A form's field filled with names ("Focal point: Dr. Maria Fernández, Chief, Digital Public Goods Unit", "Contact :
    /// M. Karim Benali"), or with an address ("Contact: Partnership coordination unit, Suva, Fiji."): a label of a few
    /// words before a colon, then only names, as in a signature, or short parts between commas, each opening on a capital.
    /// </summary>
    private static bool IsField(string sentence)
    {
        var colon = sentence.IndexOf(':');
        return colon > 0 && colon <= FieldLabelLength && Words().Count(sentence[..colon]) <= FieldLabelWords
            && (OnlyNames(sentence[(colon + 1)..]) || IsAddress(sentence[(colon + 1)..]));
    }

    /// <summary>"Partnership coordination unit, Suva, Fiji": two parts or more, each of a few words and no figure, each capitalised.</summary>
    private static bool IsAddress(string value)
    {
        var parts = value.Trim().TrimEnd('.').Split(',', StringSplitOptions.TrimEntries);
        return parts.Length >= 2 && parts.All(p => p.Length > 0 && char.IsUpper(p[0]) && !p.Any(char.IsDigit) && Words().Count(p) <= FieldLabelWords);
    }

    private const int FieldLabelLength = 40;
    private const int FieldLabelWords = 4;

    /// <summary>"of", "and", "des", "la": words this short may stay in lower case inside a name.</summary>
    private const int ShortWordLength = 3;

    /// <summary>Whether a sentence speaks of the contribution itself or of reporting again, not of the year's work.</summary>
    public static bool IsCoveringNote(string sentence) => CoveringNote.Value?.IsMatch(sentence) == true;

    /// <summary>Figures as written: <c>1,200</c>, <c>2 000</c>, <c>40</c>, <c>2024</c>, <c>25 %</c>.</summary>
    public static IEnumerable<string> NumbersIn(string text) => Numbers().Matches(text).Select(m => m.Value.Trim());

    /// <summary>
    /// Capitalised words that do not open a sentence, and acronyms: <c>Dakar</c>, <c>ITU Academy</c>, <c>WHO</c>.
    /// </summary>
    public static IEnumerable<string> ProperNames(string text) =>
        Capitalised().Matches(text)
            .Where(m => m.Index > 0 && !SentenceStart(text, m.Index))
            .Select(m => m.Value);

    private static bool SentenceStart(string text, int index)
    {
        var before = text[..index].TrimEnd(' ', '«', '"', '“', '(', '\u00A0', '\u202F');
        return before.Length == 0 || before[^1] is '.' or ':' or ';' or '!' or '?' or ')';
    }

    /// <summary>Every language's <c>documentProfile.coveringNote</c> ("This input describes...", "La présente note..."), as data.</summary>
    private static readonly Lazy<Regex?> CoveringNote = new(() =>
    {
        var patterns = LanguageCatalog.Default.Languages.Select(l => l.DocumentProfile?.CoveringNote).OfType<string>().ToArray();
        return patterns.Length == 0
            ? null
            : new Regex(string.Join('|', patterns.Select(p => $"(?:{p})")), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    });

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])\d{1,3}(?:[ ,.\u00A0\u202F]\d{3})+(?![\p{N}])|(?<![\p{L}\p{N}/.])\d+(?:[.,]\d+)?(?![\p{L}\p{N}/])")]
    private static partial Regex Numbers();

    [GeneratedRegex(@"(?<![\p{L}'’])\p{Lu}[\p{L}\-]+")]
    private static partial Regex Capitalised();

    [GeneratedRegex(@"\b(programme|program|initiative|toolkit|guide|guidelines|lignes directrices|report|rapport|coalition|platform|plateforme|academy|académie|strategy|stratégie|index|indice|launched|lancé|published|publié|publication)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamedWork();
}
