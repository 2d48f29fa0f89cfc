using Azure.Data.Tables;
using Serverless.Shared.Storage;

namespace Serverless.UnitTests.Storage;

public sealed class TableTextTests
{
    [Fact]
    public void Write_KeepsEachSurrogatePairInOneColumn_When_AColumnWouldEndInsideOne()
    {
        // Arrange: a letter outside the basic plane (two UTF-16 units) straddling the first column's end.
        var text = new string('a', TableText.MaxColumnLength - 1) + "𝔄" + new string('b', 10);
        var entity = new TableEntity("p", "r");

        // Act
        TableText.Write(entity, "Data", text);

        // Assert: no column ends or starts with half a pair, which storage does not keep as text.
        var columns = entity.Where(c => c.Key.StartsWith("Data", StringComparison.Ordinal)).Select(c => (string)c.Value).ToArray();
        Assert.Equal(2, columns.Length);
        Assert.All(columns, c => Assert.False(char.IsHighSurrogate(c[^1]) || char.IsLowSurrogate(c[0])));
        Assert.Equal(text, TableText.Read(entity, "Data"));
    }

    [Fact]
    public void Read_IsNull_When_TheColumnIsNotThere() =>
        Assert.Null(TableText.Read(new TableEntity("p", "r"), "Data"));
}
