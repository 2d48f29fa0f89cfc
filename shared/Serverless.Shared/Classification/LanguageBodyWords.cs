namespace Serverless.Shared.Classification;

/// <summary>
/// A language's small words that <see cref="BodyDetector"/> reads around a body's name. Written as in text;
/// the lexicon folds them.
/// </summary>
/// <param name="ForwardCitationWords">
/// Words before "its resolution" that make the possessive point forward to the organ named next ("in its resolution
/// 140, the Plenipotentiary Conference"), so it is not the document's own organ.
/// </param>
/// <param name="CoordinationGaps">What alone may stand between two names that receive together ("and the", "et à la").</param>
/// <param name="Articles">Articles, possessives and "of" that may stand between a marker and a name ("at the request of the").</param>
/// <param name="SymbolWords">
/// The words a body's symbol pattern may stand on instead of a slash ("résolution 70/125" has one, "Résolution 140
/// (Rév. Bucarest, 2022)" only the word): a paragraph with neither is not searched for symbols. Optional.
/// </param>
public sealed record LanguageBodyWords(string[] ForwardCitationWords, string[] CoordinationGaps, string[] Articles, string[]? SymbolWords = null);
