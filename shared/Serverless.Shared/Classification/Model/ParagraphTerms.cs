namespace Serverless.Shared.Classification.Model;

/// <summary>Receives one term of a paragraph (valid only during the call).</summary>
internal delegate void TermSink(ReadOnlySpan<char> term);

/// <summary>
/// The terms the trained model can read in a paragraph, in one pass of the language's tokeniser: each normalised word;
/// each pair of neighbouring words ("renforcement capacite"), which tells "data protection" from "protection" and
/// "data"; and each word's beginning ("agric~" for agriculteurs, agricole, agriculture), which carries what a
/// word family means to forms the training paragraphs did not use. Training builds its vocabulary from these terms
/// and classification looks them up, so both read a paragraph the same way.
/// </summary>
internal static class ParagraphTerms
{
    /// <summary>Between the two words of a pair: a space never occurs in a word.</summary>
    public const char PairSeparator = ' ';

    /// <summary>Ends a word's beginning: never part of a normalised word.</summary>
    public const char BeginningMark = '~';

    /// <summary>
    /// How many letters make a word's beginning. Five keep families together in both languages (format~: formation,
    /// formateur; numer~: numérique, numérisation) while still telling most families apart.
    /// </summary>
    public const int BeginningLength = 5;

    public static bool IsPair(string term) => term.Contains(PairSeparator, StringComparison.Ordinal);

    public static bool IsBeginning(string term) => term.EndsWith(BeginningMark);

    public static void Read(Tokeniser tokeniser, ReadOnlySpan<char> text, List<TextToken> scratch, TermSink sink)
    {
        var buffer = new char[(2 * Tokeniser.MaxWordLength) + 1];
        var previousLength = -1;
        scratch.Clear();
        tokeniser.Tokenise(
            text,
            word =>
            {
                sink(word);
                if (word.Length > BeginningLength + 1)
                {
                    Span<char> beginning = stackalloc char[BeginningLength + 1];
                    word[..BeginningLength].CopyTo(beginning);
                    beginning[BeginningLength] = BeginningMark;
                    sink(beginning);
                }

                if (previousLength >= 0)
                {
                    buffer[previousLength] = PairSeparator;
                    word.CopyTo(buffer.AsSpan(previousLength + 1));
                    sink(buffer.AsSpan(0, previousLength + 1 + word.Length));
                }

                word.CopyTo(buffer);
                previousLength = word.Length;
                return -1;
            },
            scratch);
    }
}
