using Serverless.Shared.Classification;

namespace Serverless.Shared.Summary.Synthesis;

/// <summary>
/// Two statements are near-duplicates when 90 % or more of the words of the shorter one are in the other: the same
/// activity reported by two documents, or a paragraph quoted by a resolution and a report.
/// </summary>
public sealed class NearDuplicates
{
    public const double Threshold = 0.9;

    private readonly List<HashSet<string>> _kept = [];

    /// <summary>Keeps <paramref name="text"/> unless it nearly repeats one kept before; true when kept.</summary>
    public bool TryKeep(string text)
    {
        var words = WordsOf(text);
        if (words.Count == 0 || _kept.Any(k => Overlap(k, words) >= Threshold))
        {
            return false;
        }

        _kept.Add(words);
        return true;
    }

    public static double Overlap(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        return small.Count == 0 ? 0 : (double)small.Count(large.Contains) / small.Count;
    }

    public static HashSet<string> WordsOf(string text) =>
        TextNormaliser.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
}
