using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Serverless.Shared.Reading;

/// <summary>
/// Which styles hide their text (<c>w:vanish</c> in the style's run properties, or in a style it is based on): Word
/// shows none of the text of a run in such a character style, nor of a paragraph in such a paragraph style, unless
/// the run says otherwise itself. Direct formatting alone was followed, so a contribution could hide words from its
/// readers, not from the classifier, through a style as well as through a run.
/// </summary>
internal static class DocxHiddenStyles
{
    /// <summary>How many styles a <c>basedOn</c> chain is followed through; Word's own are a few deep, and one may loop.</summary>
    private const int MaxChain = 32;

    /// <summary>The ids of the styles whose text is hidden.</summary>
    public static HashSet<string> Load(StyleDefinitionsPart? part)
    {
        var styles = new Dictionary<string, Style>(StringComparer.OrdinalIgnoreCase);
        foreach (var style in part?.Styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id)
            {
                styles.TryAdd(id, style);
            }
        }

        var hidden = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (id, style) in styles)
        {
            // The nearest style of the chain that says anything about vanish decides.
            var current = style;
            for (var step = 0; current is not null && step < MaxChain; step++)
            {
                if (current.StyleRunProperties?.GetFirstChild<Vanish>() is { } vanish)
                {
                    if (vanish.Val is null || vanish.Val.Value)
                    {
                        hidden.Add(id);
                    }

                    break;
                }

                current = current.BasedOn?.Val?.Value is { } parent ? styles.GetValueOrDefault(parent) : null;
            }
        }

        return hidden;
    }
}
