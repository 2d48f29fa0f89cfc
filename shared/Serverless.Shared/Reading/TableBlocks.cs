namespace Serverless.Shared.Reading;

/// <summary>
/// A table as blocks. A table of data stays one table row per row ("Kenya | 45 | 60"), which the report never quotes.
/// A table with a column of prose is text laid out in a table, as in a questionnaire's answers beside their questions
/// ("2. Capacity building | 420 public officers completed our course on..."): in each row, the cells of that column
/// that end a sentence are paragraphs and the short cells before them the heading they answer, so the answers are
/// read, classified and quoted like any text. Its other rows (the header "Question | Response") stay table rows.
/// </summary>
public static class TableBlocks
{
    /// <summary>A cell of at least this many words that ends a sentence makes its column prose; data and labels are shorter.</summary>
    private const int ProseWords = 12;

    /// <summary>The lowest heading level: a question inside a table heads its answer only, not the sections above it.</summary>
    private const int QuestionLevel = 6;

    public static IEnumerable<TextBlock> Of(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var cells = rows.Select(r => r.Select(c => c.Trim()).ToArray()).ToArray();
        var proseColumns = cells.SelectMany(r => r.Select((text, column) => (text, column)))
            .Where(c => EndsSentence(c.text) && Words(c.text) >= ProseWords)
            .Select(c => c.column)
            .ToHashSet();
        foreach (var row in cells)
        {
            var firstProse = Array.FindIndex(row, text => text.Length > 0 && EndsSentence(text));
            while (firstProse >= 0 && !proseColumns.Contains(firstProse))
            {
                firstProse = Array.FindIndex(row, firstProse + 1, text => text.Length > 0 && EndsSentence(text));
            }

            if (firstProse < 0)
            {
                if (row.Any(t => t.Length > 0))
                {
                    yield return new TextBlock(string.Join(" | ", row), BlockKind.Table);
                }

                continue;
            }

            var label = string.Join(" – ", row.Take(firstProse).Where(t => t.Length > 0));
            if (label.Length > 0)
            {
                yield return new TextBlock(label, BlockKind.Heading, QuestionLevel);
            }

            foreach (var text in row.Skip(firstProse).Where(t => t.Length > 0))
            {
                yield return new TextBlock(text, BlockKind.Paragraph);
            }
        }
    }

    private static bool EndsSentence(string text)
    {
        var end = text.TrimEnd('"', '”', '»', ')', ' ');
        return end.Length > 0 && end[^1] is '.' or '!' or '?';
    }

    private static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
