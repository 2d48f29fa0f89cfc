using Serverless.Shared.Classification;

namespace Serverless.Shared.Api;

/// <summary>
/// The words of a <c>q=</c> search, folded as the classifier folds text (lower case, no accents, punctuation as
/// spaces): a paragraph matches when each word starts a word of its text, so <c>q=télécom</c> finds "Telecommunications".
/// </summary>
public sealed class TextQuery
{
    private readonly string[] _words;

    private TextQuery(string[] words) => _words = words;

    public const int MaxWords = 10;

    /// <summary>Null when the query holds no letter or digit.</summary>
    public static TextQuery? Parse(string? q)
    {
        var words = TextNormaliser.Fold(q ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Take(MaxWords).ToArray();
        return words.Length == 0 ? null : new TextQuery(words);
    }

    public bool Matches(string text)
    {
        var folded = TextNormaliser.Fold(text);
        return _words.All(w => folded.Contains(" " + w, StringComparison.Ordinal));
    }
}
