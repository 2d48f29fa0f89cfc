using System.Globalization;

namespace Serverless.Shared.Reading;

/// <summary>
/// What an element's own <c>style</c> attribute declares for one property: the last declaration wins, as in CSS, and
/// <c>!important</c> changes nothing there. No style sheet is consulted.
/// </summary>
internal static class HtmlInlineStyle
{
    /// <summary>The value declared last for <paramref name="property"/>, trimmed; null when none is.</summary>
    public static string? Value(string? style, string property)
    {
        if (string.IsNullOrEmpty(style) || !style.Contains(property, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        string? value = null;
        foreach (var declaration in style.Split(';'))
        {
            var colon = declaration.IndexOf(':');
            if (colon > 0 && declaration[..colon].Trim().Equals(property, StringComparison.OrdinalIgnoreCase))
            {
                value = declaration[(colon + 1)..].Replace("!important", "", StringComparison.OrdinalIgnoreCase).Trim();
            }
        }

        return value;
    }

    /// <summary>The number a value starts with ("0", "0.0px", "-1.5em", ".5"); null when it starts with none.</summary>
    public static double? LeadingNumber(string value)
    {
        var end = 0;
        while (end < value.Length && (char.IsAsciiDigit(value[end]) || value[end] is '.' or '-' or '+'))
        {
            end++;
        }

        return double.TryParse(value.AsSpan(0, end), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;
    }
}
