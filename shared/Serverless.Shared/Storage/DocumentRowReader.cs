using System.Reflection;
using System.Runtime.Serialization;
using Azure.Data.Tables;

namespace Serverless.Shared.Storage;

/// <summary>
/// Reads a document row column by column, so a row another tool, an older build or a newer one wrote is still read.
/// The storage SDK's own binding throws on the first column of an unexpected type, and in a query that ends the whole
/// page: one such row stopped every reconciliation run and every listing of its year. Here a column of the wrong type
/// is left empty and named in the document's warnings, columns this build does not know are passed over, and a row
/// without a readable status gets none (<see cref="DocumentEntity.StatusValue"/> then holds it final, untouched).
/// </summary>
public static class DocumentRowReader
{
    private static readonly PropertyInfo[] Columns = typeof(DocumentEntity)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanWrite && p.GetCustomAttribute<IgnoreDataMemberAttribute>() is null)
        .Where(p => p.Name is not (nameof(DocumentEntity.PartitionKey) or nameof(DocumentEntity.RowKey)
            or nameof(DocumentEntity.Timestamp) or nameof(DocumentEntity.ETag)))
        .ToArray();

    public static DocumentEntity Read(TableEntity row)
    {
        var document = new DocumentEntity
        {
            PartitionKey = row.PartitionKey, RowKey = row.RowKey, Timestamp = row.Timestamp, ETag = row.ETag,
        };
        var unreadable = new List<string>();
        foreach (var column in Columns)
        {
            if (!row.TryGetValue(column.Name, out var value) || value is null)
            {
                continue;
            }

            if (TryConvert(value, column.PropertyType, out var converted))
            {
                column.SetValue(document, converted);
            }
            else
            {
                unreadable.Add(column.Name);
            }
        }

        // The default status is the one a new row starts with; a stored row that has none was not written by the pipeline.
        if (!row.TryGetValue(nameof(DocumentEntity.Status), out var status) || status is not string)
        {
            document.Status = "";
        }

        if (unreadable.Count > 0)
        {
            var note = $"Its record held values of the wrong type in {string.Join(", ", unreadable)}; they are shown empty.";
            document.Warnings = string.IsNullOrEmpty(document.Warnings) ? note : $"{document.Warnings} {note}";
        }

        return document;
    }

    private static bool TryConvert(object value, Type target, out object? converted)
    {
        var type = Nullable.GetUnderlyingType(target) ?? target;
        converted = value switch
        {
            _ when type.IsInstanceOfType(value) => value,
            int number when type == typeof(long) => (long)number,
            DateTime time when type == typeof(DateTimeOffset) => new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)),
            _ => null,
        };
        return converted is not null;
    }
}
