using Azure.Data.Tables;
using Serverless.Shared.Storage;

namespace Serverless.UnitTests.Storage;

public sealed class TableBatchesTests
{
    [Fact]
    public void Chunks_KeepEachTransactionUnderWhatStorageTakes_When_RowsHoldLongColumns()
    {
        // Arrange: twelve rows of a 235,000-character column, each up to 1.4 MB as the request writes it (a JSON escape
        // per accented letter); a transaction's body may hold 4 MB.
        var rows = Enumerable.Range(0, 12).Select(i =>
        {
            var row = new TableEntity("2025", $"r{i:D2}");
            TableText.Write(row, "Data", new string('é', 235_000));
            return (ITableEntity)row;
        }).ToArray();

        // Act
        var chunks = TableBatches.Chunks(rows).ToArray();

        // Assert: before, the twelve went in one transaction, which storage refuses whole.
        Assert.True(chunks.Length > 1);
        Assert.All(chunks, c => Assert.True(c.Sum(r => ((TableEntity)r).Select(c => c.Value).OfType<string>().Sum(s => 6L * s.Length)) <= TableBatches.MaxBatchBytes));
        Assert.Equal(rows, chunks.SelectMany(c => c));
    }

    [Fact]
    public void Chunks_HoldAHundredSmallRowsEach() =>
        Assert.Equal([100, 100, 50], TableBatches.Chunks(Enumerable.Range(0, 250).Select(i => (ITableEntity)new TableEntity("p", $"{i}"))).Select(c => c.Count));
}
