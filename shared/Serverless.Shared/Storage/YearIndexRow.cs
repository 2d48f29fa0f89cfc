using System.Text;
using Azure;
using Azure.Data.Tables;

namespace Serverless.Shared.Storage;

/// <summary>
/// One document's entry in its year's index: PartitionKey = year, RowKey = document id, holding the indexes of the
/// document's paragraphs on each action line and citing each body. A portal query by line or body reads the year's
/// partition (as large as the year's documents, never the whole store) and then the paragraphs it points at. One row per
/// document means classifying a document costs one upsert, whatever the number of lines and bodies it touches.
/// </summary>
public sealed class YearIndexRow
{
    /// <summary>Table strings hold at most 32K UTF-16 characters; longer lists continue in numbered properties.</summary>
    internal const int MaxChunkLength = TableText.MaxColumnLength;

    private const string ActionLinesProperty = "ActionLines";
    private const string BodiesProperty = "RequestingBodies";

    public int Year { get; init; }
    public string DocumentId { get; init; } = "";
    public string? Entity { get; set; }
    public ETag ETag { get; init; }

    /// <summary>Action line code to the indexes of the paragraphs on it (a sub-line's own code: C7.4, not C7).</summary>
    public SortedDictionary<string, SortedSet<int>> ActionLines { get; } = new(StringComparer.Ordinal);

    /// <summary>Body id to the indexes of the paragraphs that cite it.</summary>
    public SortedDictionary<string, SortedSet<int>> RequestingBodies { get; } = new(StringComparer.Ordinal);

    public static string PartitionFor(int year) => year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Removes a paragraph from every list, e.g. before its current labels are added again.</summary>
    public void Remove(int index)
    {
        foreach (var set in ActionLines.Values.Concat(RequestingBodies.Values))
        {
            set.Remove(index);
        }
    }

    public void Add(int index, IEnumerable<string> actionLines, IEnumerable<string> bodies)
    {
        foreach (var code in actionLines)
        {
            Set(ActionLines, code).Add(index);
        }

        foreach (var body in bodies)
        {
            Set(RequestingBodies, body).Add(index);
        }
    }

    /// <summary>
    /// The paragraphs on any of <paramref name="actionLines"/> (all when null) that cite <paramref name="body"/> (any when
    /// null); at least one of the two is given.
    /// </summary>
    public SortedSet<int> Matching(IReadOnlyCollection<string>? actionLines, string? body)
    {
        SortedSet<int>? onLines = null;
        if (actionLines is not null)
        {
            onLines = [];
            foreach (var code in actionLines)
            {
                if (ActionLines.TryGetValue(code, out var set))
                {
                    onLines.UnionWith(set);
                }
            }
        }

        if (body is null)
        {
            return onLines ?? [];
        }

        var citing = RequestingBodies.TryGetValue(body, out var bodySet) ? new SortedSet<int>(bodySet) : [];
        if (onLines is not null)
        {
            citing.IntersectWith(onLines);
        }

        return citing;
    }

    public TableEntity ToEntity()
    {
        var entity = new TableEntity(PartitionFor(Year), DocumentId) { ETag = ETag };
        if (Entity is not null)
        {
            entity[nameof(Entity)] = Entity;
        }

        TableText.Write(entity, ActionLinesProperty, Encode(ActionLines));
        TableText.Write(entity, BodiesProperty, Encode(RequestingBodies));
        return entity;
    }

    public static YearIndexRow FromEntity(TableEntity entity)
    {
        var row = new YearIndexRow
        {
            Year = int.Parse(entity.PartitionKey, System.Globalization.CultureInfo.InvariantCulture),
            DocumentId = entity.RowKey,
            Entity = entity.GetString(nameof(Entity)),
            ETag = entity.ETag,
        };
        Decode(TableText.Read(entity, ActionLinesProperty) ?? "", row.ActionLines);
        Decode(TableText.Read(entity, BodiesProperty) ?? "", row.RequestingBodies);
        return row;
    }

    /// <summary><c>C2:0-3,7;GA:5</c>: each key with its indexes, runs written as ranges (paragraphs of a line often follow each other).</summary>
    internal static string Encode(SortedDictionary<string, SortedSet<int>> lists)
    {
        var text = new StringBuilder();
        foreach (var (key, indexes) in lists.Where(l => l.Value.Count > 0))
        {
            text.Append(text.Length == 0 ? "" : ";").Append(key).Append(':');
            var first = true;
            int? start = null, previous = null;
            foreach (var index in indexes.Append(int.MinValue))
            {
                if (previous is not null && index == previous + 1)
                {
                    previous = index;
                    continue;
                }

                if (start is not null)
                {
                    text.Append(first ? "" : ",").Append(start.Value);
                    if (previous != start)
                    {
                        text.Append('-').Append(previous!.Value);
                    }

                    first = false;
                }

                start = previous = index;
            }
        }

        return text.ToString();
    }

    internal static void Decode(string text, SortedDictionary<string, SortedSet<int>> into)
    {
        foreach (var list in text.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = list.LastIndexOf(':');
            var set = Set(into, list[..colon]);
            foreach (var run in list[(colon + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                var dash = run.IndexOf('-', 1);
                var from = int.Parse(dash < 0 ? run : run[..dash], System.Globalization.CultureInfo.InvariantCulture);
                var to = dash < 0 ? from : int.Parse(run[(dash + 1)..], System.Globalization.CultureInfo.InvariantCulture);
                for (var i = from; i <= to; i++)
                {
                    set.Add(i);
                }
            }
        }
    }

    private static SortedSet<int> Set(SortedDictionary<string, SortedSet<int>> lists, string key)
    {
        if (!lists.TryGetValue(key, out var set))
        {
            set = [];
            lists[key] = set;
        }

        return set;
    }
}
