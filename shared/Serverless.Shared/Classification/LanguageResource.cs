namespace Serverless.Shared.Classification;

/// <summary>
/// What the classifier knows of one language, as data (<c>Classification/Languages/{code}.json</c>): the words that
/// tell it apart, the words it drops, how it stems, and the few words and patterns that find requesting bodies and
/// requests. Adding a language is adding its file (plus its terms in the taxonomy); <see cref="LanguageCatalog"/>
/// loads and checks every file once.
/// </summary>
/// <param name="Code">The language's ISO 639-1 code (<c>fr</c>), as declared on paragraphs and reported back.</param>
/// <param name="Default">The language a paragraph gets when the detector's counts tie; exactly one language says so.</param>
/// <param name="CommonWords">Short, frequent words (lower case, accents kept, at most <see cref="LanguageDetector.MaxWordLetters"/> letters) the detector counts.</param>
/// <param name="StopWords">Folded words dropped before matching.</param>
/// <param name="Elisions">Folded words dropped when an apostrophe follows them (<c>l'</c>, <c>qu'</c>).</param>
/// <param name="AfterApostrophe">Folded words dropped when an apostrophe comes just before them (the possessive <c>'s</c>).</param>
/// <param name="Stemming">Ordered steps of suffix rules; see <see cref="WordStemmer"/>.</param>
/// <param name="DocumentProfile">The layout phrases the document profile reads; optional.</param>
public sealed record LanguageResource(
    string Code,
    string Name,
    bool Default,
    string[] CommonWords,
    string[] StopWords,
    string[] Elisions,
    string[] AfterApostrophe,
    SuffixRule[][] Stemming,
    LanguageBodyWords Bodies,
    LanguageRequestPatterns Requests,
    LanguageDocumentProfile? DocumentProfile = null);
