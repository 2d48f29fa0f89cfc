using System.Security.Cryptography;
using System.Text;
using Serverless.Shared.Classification;

namespace Serverless.Shared.Documents;

/// <summary>
/// A fingerprint of what a document says, independent of its format: the same contribution sent as DOCX, PDF and
/// HTML has different bytes (so a different document id) but the same fingerprint. Paragraph texts are folded (case,
/// accents, punctuation) and their spaces dropped, so a PDF's line-end hyphens and a Word list's spacing do not count;
/// footnotes are left out, since one format inlines them and another puts them at the end.
/// </summary>
public static class TextFingerprint
{
    public static string Of(IEnumerable<(string Kind, string Text)> paragraphs)
    {
        var normalised = new StringBuilder();
        foreach (var (kind, text) in paragraphs)
        {
            if (kind == "footnote")
            {
                continue;
            }

            foreach (var c in TextNormaliser.Fold(text))
            {
                if (c != ' ')
                {
                    normalised.Append(c);
                }
            }

            normalised.Append('|');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised.ToString())))[..32];
    }
}
