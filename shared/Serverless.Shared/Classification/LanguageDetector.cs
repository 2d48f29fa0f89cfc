namespace Serverless.Shared.Classification;

/// <summary>Tells French from English by counting each language's commonest words; French when in doubt (the corpus is French).</summary>
public static class LanguageDetector
{
    private static readonly HashSet<string> French = ["le", "la", "les", "des", "du", "et", "est", "une", "dans", "pour", "sur", "au", "aux", "que", "qui", "par", "sa", "ses", "de"];
    private static readonly HashSet<string> English = ["the", "and", "of", "to", "is", "in", "for", "on", "by", "with", "that", "its", "this", "are", "has", "as", "an"];
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FrenchLookup = French.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishLookup = English.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary><c>fr</c> or <c>en</c>: the declared language when it is one of them, else detected from the text.</summary>
    public static string Resolve(string? declared, string text)
    {
        if (!string.IsNullOrEmpty(declared))
        {
            if (declared.StartsWith("fr", StringComparison.OrdinalIgnoreCase))
            {
                return "fr";
            }

            if (declared.StartsWith("en", StringComparison.OrdinalIgnoreCase))
            {
                return "en";
            }
        }

        return Detect(text);
    }

    public static string Detect(ReadOnlySpan<char> text)
    {
        Span<char> word = stackalloc char[8];
        int french = 0, english = 0, words = 0, length = 0;
        for (var i = 0; i <= text.Length && words < 80; i++)
        {
            var c = i < text.Length ? char.ToLowerInvariant(text[i]) : ' ';
            if (char.IsLetter(c))
            {
                if (length < word.Length)
                {
                    word[length] = c;
                }

                length++;
                continue;
            }

            if (length is > 0 and <= 8)
            {
                var w = word[..length];
                french += FrenchLookup.Contains(w) ? 1 : 0;
                english += EnglishLookup.Contains(w) ? 1 : 0;
                words++;
            }

            length = 0;
        }

        return english > french ? "en" : "fr";
    }
}
