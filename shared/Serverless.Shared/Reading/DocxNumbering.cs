using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Serverless.Shared.Reading;

/// <summary>
/// Computes the number Word shows before a numbered paragraph (<c>12.</c>, <c>2.6</c>, <c>a)</c>) from the
/// numbering definitions: per list, one counter per level, deeper levels restarting when a level advances,
/// rendered with the level's text pattern (<c>%1.%2</c>) and number format.
/// A file says anything it likes in these definitions, and Word does not: a level outside Word's nine (a list at level
/// 50 ended the read as damaged) is not numbered, and a number past what letters or Roman numerals write in a few
/// characters is written in digits. A list lettered from 2,000,000,000 in a file of 2 KB made each label 77 million
/// letters, and the read ran out of memory past 20 GB.
/// </summary>
internal sealed class DocxNumbering
{
    /// <summary>Word's levels are 0 to 8.</summary>
    private const int LevelCount = 9;

    /// <summary>"ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ": past 30 letters a label stops being one.</summary>
    private const int MaxLettered = 26 * 30;

    /// <summary>Roman numerals have no standard form past MMMCMXCIX.</summary>
    private const int MaxRoman = 3_999;

    private readonly Dictionary<int, Dictionary<int, Level>> _levelsByNumId = [];
    private readonly Dictionary<int, int[]> _counters = [];

    private sealed record Level(int Start, string Format, string Text);

    public DocxNumbering(NumberingDefinitionsPart? part)
    {
        var numbering = part?.Numbering;
        if (numbering is null)
        {
            return;
        }

        var abstracts = numbering.Elements<AbstractNum>()
            .Where(a => a.AbstractNumberId?.Value is not null)
            .GroupBy(a => a.AbstractNumberId!.Value)
            .ToDictionary(g => g.Key, g => g.First());
        foreach (var instance in numbering.Elements<NumberingInstance>())
        {
            if (instance.NumberID?.Value is not { } numId ||
                instance.AbstractNumId?.Val?.Value is not { } abstractId ||
                !abstracts.TryGetValue(abstractId, out var definition))
            {
                continue;
            }

            var levels = new Dictionary<int, Level>();
            foreach (var level in definition.Elements<DocumentFormat.OpenXml.Wordprocessing.Level>())
            {
                var index = level.LevelIndex?.Value ?? 0;
                if (index is < 0 or >= LevelCount)
                {
                    continue;
                }

                levels[index] = new Level(
                    level.StartNumberingValue?.Val?.Value ?? 1,
                    level.NumberingFormat?.Val?.InnerText ?? "decimal",
                    level.LevelText?.Val?.Value ?? $"%{index + 1}.");
            }

            _levelsByNumId[numId] = levels;
        }
    }

    /// <summary>The visible label (e.g. <c>2.6</c>), null for bullets, or null when the paragraph is not numbered.</summary>
    public (bool Numbered, string? Label) Next(int numId, int level)
    {
        if (numId == 0 || !_levelsByNumId.TryGetValue(numId, out var levels) || !levels.TryGetValue(level, out var definition))
        {
            return (false, null);
        }

        if (!_counters.TryGetValue(numId, out var counters))
        {
            counters = Enumerable.Repeat(int.MinValue, LevelCount).ToArray();
            _counters[numId] = counters;
        }

        counters[level] = counters[level] == int.MinValue ? definition.Start : counters[level] + 1;
        for (var deeper = level + 1; deeper < counters.Length; deeper++)
        {
            counters[deeper] = int.MinValue;
        }

        if (definition.Format == "bullet")
        {
            return (true, null);
        }

        var label = definition.Text;
        for (var i = 0; i <= level; i++)
        {
            var value = counters[i] == int.MinValue ? (levels.TryGetValue(i, out var l) ? l.Start : 1) : counters[i];
            var format = levels.TryGetValue(i, out var li) ? li.Format : "decimal";
            label = label.Replace($"%{i + 1}", Render(value, format));
        }

        return (true, label.Trim().TrimEnd('.', ')').TrimStart('('));
    }

    private static string Render(int value, string format) => format switch
    {
        "lowerLetter" when value <= MaxLettered => Letters(value).ToLowerInvariant(),
        "upperLetter" when value <= MaxLettered => Letters(value),
        "lowerRoman" when value is > 0 and <= MaxRoman => Roman(value).ToLowerInvariant(),
        "upperRoman" when value is > 0 and <= MaxRoman => Roman(value),
        _ => value.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string Letters(int value) => value <= 0 ? "?" : new string((char)('A' + (value - 1) % 26), 1 + (value - 1) / 26);

    private static string Roman(int value)
    {
        (int, string)[] numerals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var text = new System.Text.StringBuilder();
        foreach (var (amount, numeral) in numerals)
        {
            while (value >= amount)
            {
                text.Append(numeral);
                value -= amount;
            }
        }

        return text.ToString();
    }
}
