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
/// <param name="OwnerLinks">
/// What joins an organ's name to its organisation's ("of the", "de l'"): "the General Assembly of the Organization of
/// American States" is that organisation's assembly. Optional.
/// </param>
/// <param name="SystemOwners">
/// The organisations whose organs the taxonomy's bodies are, as the language names them after an owner link ("the
/// United Nations", "ONU", "the Union"): any other owner makes the organ another organisation's. Optional.
/// </param>
public sealed record LanguageBodyWords(
    string[] ForwardCitationWords, string[] CoordinationGaps, string[] Articles, string[]? SymbolWords = null, string[]? OwnerLinks = null, string[]? SystemOwners = null);
