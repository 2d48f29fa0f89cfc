using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Serverless.Shared.Reading;

/// <summary>
/// What a paragraph style says about structure. Heading levels come from the style name (<c>heading 2</c>,
/// <c>Titre 2</c>, <c>Title</c>) or its outline level, because UN and ITU templates rename styles but keep these.
/// The names are data: <c>Reading/docx-styles.json</c>.
/// </summary>
/// <param name="IsContents">A table of contents' entry or title: not read.</param>
internal sealed record DocxStyle(int? HeadingLevel, bool IsList, int? NumId, int? NumLevel, bool IsContents = false)
{
    public static DocxStyle Normal { get; } = new(null, false, null, null);

    public static Dictionary<string, DocxStyle> Load(StyleDefinitionsPart? part)
    {
        var styles = new Dictionary<string, DocxStyle>(StringComparer.OrdinalIgnoreCase);
        foreach (var style in part?.Styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is not { } id)
            {
                continue;
            }

            var name = style.StyleName?.Val?.Value ?? id;
            var fromName = FromId(name);
            var outline = style.StyleParagraphProperties?.OutlineLevel?.Val?.Value;
            var numbering = style.StyleParagraphProperties?.NumberingProperties;
            styles[id] = new DocxStyle(
                fromName.HeadingLevel ?? (outline is { } o && o < 9 ? o + 1 : null),
                fromName.IsList,
                numbering?.NumberingId?.Val?.Value,
                numbering?.NumberingLevelReference?.Val?.Value,
                fromName.IsContents);
        }

        return styles;
    }

    /// <summary>A style known only by its id or name (no styles part, as in generated documents).</summary>
    public static DocxStyle FromId(string name)
    {
        var names = DocxStyleNames.Embedded;
        if (names.Heading.Match(name) is { Success: true } heading)
        {
            return new DocxStyle(int.Parse(heading.Groups["level"].Value, System.Globalization.CultureInfo.InvariantCulture), false, null, null);
        }

        if (names.IsTitle(name))
        {
            return new DocxStyle(1, false, null, null);
        }

        return new DocxStyle(null, names.IsList(name), null, null, names.Contents.IsMatch(name));
    }
}
