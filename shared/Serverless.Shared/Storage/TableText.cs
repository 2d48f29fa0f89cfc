using System.Text;
using Azure.Data.Tables;

namespace Serverless.Shared.Storage;

/// <summary>
/// A text longer than one table column holds, spread over numbered columns (<c>Data</c>, <c>Data1</c>, <c>Data2</c>...)
/// and read back whole. Table strings hold at most 32K UTF-16 characters; storage refuses a longer one
/// (<c>PropertyValueTooLarge</c>), and with it the whole row or transaction.
/// </summary>
public static class TableText
{
    /// <summary>The most characters one column is given, under the service's 32,768.</summary>
    public const int MaxColumnLength = 32_000;

    public static void Write(TableEntity entity, string column, string text)
    {
        var part = 0;
        for (var offset = 0; offset < text.Length; part++)
        {
            var length = Math.Min(MaxColumnLength, text.Length - offset);

            // Half a surrogate pair at either end of a column is not text storage keeps: the pair stays in one column.
            if (offset + length < text.Length && char.IsHighSurrogate(text[offset + length - 1]))
            {
                length--;
            }

            entity[part == 0 ? column : $"{column}{part}"] = text.Substring(offset, length);
            offset += length;
        }
    }

    public static string? Read(TableEntity entity, string column)
    {
        if (entity.GetString(column) is not { } first)
        {
            return null;
        }

        var text = new StringBuilder(first);
        for (var part = 1; entity.GetString($"{column}{part}") is { } more; part++)
        {
            text.Append(more);
        }

        return text.ToString();
    }
}
