using System.Text.RegularExpressions;
using Serverless.Shared.Classification;

namespace Serverless.Shared.Segmentation;

/// <summary>
/// Sentences that say what a contributor will do rather than what it did ("In 2026, the IPU will hold a global
/// conference...", "Le HCP prévoit de lancer en 2026 une enquête...", "La Ville étendra le réseau..."): each language's
/// <c>documentProfile.plan</c>. A plan is not the year's work, so the report does not quote it as an activity, and the
/// year it names does not date the contribution.
/// </summary>
public sealed partial class PlannedWork
{
    private readonly Regex? _plan;

    public PlannedWork(LanguageCatalog languages)
    {
        var patterns = languages.Languages.Select(l => l.DocumentProfile?.Plan).OfType<string>().ToArray();
        _plan = patterns.Length == 0
            ? null
            : new Regex(string.Join('|', patterns.Select(p => $"(?:{p})")), RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(1));
    }

    public static PlannedWork Default { get; } = new(LanguageCatalog.Default);

    public bool IsPlan(string sentence) => _plan?.IsMatch(sentence.Trim()) == true;

    /// <summary>Whether every sentence of a paragraph states a plan (a paragraph that also reports what was done is not one).</summary>
    public bool AllPlans(string text)
    {
        var sentences = Sentences(text);
        return sentences.Count > 0 && sentences.All(IsPlan);
    }

    /// <summary>The paragraph without the sentences that state plans.</summary>
    public string WithoutPlans(string text) => string.Join(' ', Sentences(text).Where(s => !IsPlan(s)));

    private static List<string> Sentences(string text) =>
        SentenceEnd().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

    /// <summary>A full stop, question or exclamation mark, then a space and a capital: a sentence's end.</summary>
    [GeneratedRegex(@"(?<=[.!?])\s+(?=[\p{Lu}«“""])")]
    private static partial Regex SentenceEnd();
}
