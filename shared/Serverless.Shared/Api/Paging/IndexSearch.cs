using Serverless.Shared.Storage;

namespace Serverless.Shared.Api.Paging;

/// <summary>
/// Answers a query by action line and/or body from the year index: reads the year's rows in document order from the
/// page's start, and for each document whose row points at matching paragraphs, reads those paragraphs in order. A
/// paragraph on two sub-lines of the parent line asked for is listed once.
/// </summary>
public static class IndexSearch
{
    /// <param name="actionLines">The codes asked for (a parent line with its sub-lines); null for a query by body alone.</param>
    /// <param name="keep">A further condition on each paragraph (words to find).</param>
    /// <returns>Up to <c>page.Limit + 1</c> hits (the extra one says more follow).</returns>
    public static async Task<IReadOnlyList<ParagraphHit>> ReadAsync(
        YearIndexStore index,
        ParagraphStore paragraphs,
        int year,
        IReadOnlyCollection<string>? actionLines,
        string? body,
        PageRequest page,
        Func<ParagraphEntity, bool> keep,
        CancellationToken cancellationToken)
    {
        var hits = new List<ParagraphHit>();
        var (afterDocument, afterIndex) = ParagraphsApi.SplitKey(page.After);
        await foreach (var row in index.ReadFromAsync(year, afterDocument, cancellationToken))
        {
            var wanted = row.Matching(actionLines, body);
            if (row.DocumentId == afterDocument)
            {
                wanted.RemoveWhere(i => i <= afterIndex);
            }

            if (wanted.Count == 0)
            {
                continue;
            }

            await foreach (var paragraph in paragraphs.ReadAfterAsync(row.DocumentId, wanted.Min == 0 ? null : wanted.Min - 1, cancellationToken))
            {
                if (paragraph.Index > wanted.Max)
                {
                    break;
                }

                if (wanted.Contains(paragraph.Index) && keep(paragraph))
                {
                    hits.Add(ParagraphHit.From(paragraph, row.Entity));
                    if (hits.Count > page.Limit)
                    {
                        return hits;
                    }
                }
            }
        }

        return hits;
    }
}
