using System.Globalization;

namespace Serverless.Shared.Reading;

/// <summary>
/// A CSS colour as a style attribute or an old presentational attribute (<c>bgcolor</c>, <c>&lt;font color&gt;</c>)
/// writes it, in the forms pages use: <c>#rgb</c>, <c>#rrggbb</c> (and their alpha forms), <c>rgb()</c>/<c>rgba()</c>
/// with commas or spaces, and the basic colour names. Anything else (<c>hsl()</c>, a variable, a rarer name) is not
/// known, and a reader of the colour must then assume nothing.
/// </summary>
internal static class CssColour
{
    private static readonly Dictionary<string, uint> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["black"] = 0xFF000000, ["silver"] = 0xFFC0C0C0, ["gray"] = 0xFF808080, ["grey"] = 0xFF808080, ["white"] = 0xFFFFFFFF,
        ["maroon"] = 0xFF800000, ["red"] = 0xFFFF0000, ["purple"] = 0xFF800080, ["fuchsia"] = 0xFFFF00FF, ["green"] = 0xFF008000,
        ["lime"] = 0xFF00FF00, ["olive"] = 0xFF808000, ["yellow"] = 0xFFFFFF00, ["navy"] = 0xFF000080, ["blue"] = 0xFF0000FF,
        ["teal"] = 0xFF008080, ["aqua"] = 0xFF00FFFF, ["orange"] = 0xFFFFA500, ["transparent"] = 0x00000000,
    };

    /// <summary>The colour as 0xAARRGGBB; null when the text is no colour this knows.</summary>
    public static uint? Parse(string? text)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (Names.TryGetValue(value, out var named))
        {
            return named;
        }

        if (value[0] == '#')
        {
            return Hex(value[1..]);
        }

        var open = value.IndexOf('(');
        if (open > 0 && value.EndsWith(')') && value[..open].Trim().ToLowerInvariant() is "rgb" or "rgba")
        {
            return Functional(value[(open + 1)..^1]);
        }

        return null;
    }

    public static bool IsOpaque(uint colour) => colour >> 24 == 0xFF;

    private static uint? Hex(string digits)
    {
        if (digits.Length is 3 or 4)
        {
            digits = string.Concat(digits.Select(d => $"{d}{d}"));
        }

        if (digits.Length is not (6 or 8) || !uint.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        return digits.Length == 6 ? 0xFF000000 | number : (number >> 8) | (number << 24);
    }

    private static uint? Functional(string arguments)
    {
        var parts = arguments.Replace(',', ' ').Replace('/', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is not (3 or 4))
        {
            return null;
        }

        uint colour = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            var percent = parts[i].EndsWith('%');
            if (!double.TryParse(percent ? parts[i][..^1] : parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return null;
            }

            var scale = i == 3 ? (percent ? 2.55 : 255) : (percent ? 2.55 : 1);
            var channel = (uint)Math.Round(Math.Clamp(number * scale, 0, 255));
            colour |= i == 3 ? channel << 24 : channel << (16 - 8 * i);
        }

        return parts.Length == 3 ? colour | 0xFF000000 : colour;
    }
}
