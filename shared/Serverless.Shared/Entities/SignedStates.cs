using System.Text.RegularExpressions;
using Serverless.Shared.Classification;
using Serverless.Shared.Segmentation;

namespace Serverless.Shared.Entities;

/// <summary>
/// The State a national body's signature block names when its letterhead prints none: "Executive President /
/// Telecommunications Regulatory Authority / Sultanate of Oman / Muscat, 12 January 2026". Without it the report would
/// quote a regulator of no country. The phrasings are each language's <c>documentProfile.signedState</c>, matched as
/// written (a State's name is capitalised).
/// </summary>
public sealed class SignedStates(LanguageCatalog languages)
{
    /// <summary>A signature block: the role, the body, the State, the place and date, each a short line or run into one.</summary>
    private const int SignatureParagraphs = 4;
    private const int SignatureLength = 250;

    private readonly Regex? _state = languages.Languages.Select(l => l.DocumentProfile?.SignedState).OfType<string>().ToArray() is { Length: > 0 } patterns
        ? new Regex(string.Join('|', patterns.Select(p => $"(?:{p})")), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))
        : null;

    /// <summary>The State named in the last lines, else null.</summary>
    public string? In(IReadOnlyList<Paragraph> paragraphs)
    {
        if (_state is null)
        {
            return null;
        }

        // A sentence among the last paragraphs ("Mwanza (United Republic of Tanzania) launched...", "ITC supported ... the
        // Plurinational State of Bolivia.") names a State the contributor worked with, not its own; a signature's lines
        // end on no full stop.
        foreach (var line in paragraphs.TakeLast(SignatureParagraphs).Reverse().Where(p => p.Text.Length <= SignatureLength && !p.Text.TrimEnd().EndsWith('.')))
        {
            if (_state.Match(line.Text) is { Success: true } match)
            {
                return match.Groups["state"].Value.Trim();
            }
        }

        return null;
    }
}
