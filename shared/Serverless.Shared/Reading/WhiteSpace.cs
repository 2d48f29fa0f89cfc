using System.Buffers;

namespace Serverless.Shared.Reading;

/// <summary>
/// The characters <see cref="char.IsWhiteSpace"/> accepts, for vectorised searches that must decide as it does
/// (built from it, so the two cannot drift apart).
/// </summary>
internal static class WhiteSpace
{
    public static readonly SearchValues<char> Any = SearchValues.Create(Matching(_ => true));

    /// <summary>White space other than the plain space: tabs, line breaks, no-break and typographic spaces.</summary>
    public static readonly SearchValues<char> OtherThanSpace = SearchValues.Create(Matching(c => c != ' '));

    private static char[] Matching(Func<char, bool> filter) =>
        Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => char.IsWhiteSpace(c) && filter(c)).ToArray();
}
