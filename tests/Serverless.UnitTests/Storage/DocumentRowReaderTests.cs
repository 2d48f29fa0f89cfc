using Azure.Data.Tables;
using Serverless.Shared.Documents;
using Serverless.Shared.Storage;

namespace Serverless.UnitTests.Storage;

/// <summary>Document rows as the table answers them (a dictionary of columns), written by the pipeline or by something else.</summary>
public class DocumentRowReaderTests
{
    [Fact]
    public void ReadsEveryColumn_When_TheRowIsThePipelines()
    {
        var received = new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);
        var row = new TableEntity("id1", DocumentEntity.Row)
        {
            ["Status"] = "Classified", ["Year"] = 2025, ["FileName"] = "a.md", ["SizeBytes"] = 12L, ["ReceivedAt"] = received,
            ["HasCorrections"] = true, ["ParagraphCount"] = 4,
        };

        var document = DocumentRowReader.Read(row);

        Assert.Equal(DocumentStatus.Classified, document.StatusValue);
        Assert.Equal((2025, "a.md", 12L, received, true, 4), (document.Year, document.FileName, document.SizeBytes, document.ReceivedAt, document.HasCorrections, document.ParagraphCount));
        Assert.Null(document.Warnings);
    }

    [Fact]
    public void LeavesAColumnEmptyAndNamesIt_When_ItsValueIsOfTheWrongType()
    {
        // Before, the storage SDK's binding threw on the first such column, ending the query that met the row.
        var row = new TableEntity("id2", DocumentEntity.Row)
        {
            ["Status"] = "Received", ["Year"] = "twenty", ["SizeBytes"] = 12, ["Warnings"] = "A paragraph was split.", ["Future"] = 1.5,
        };

        var document = DocumentRowReader.Read(row);

        Assert.Null(document.Year);
        Assert.Equal(12L, document.SizeBytes); // a 32-bit number where a 64-bit one goes is the same number
        Assert.Equal("A paragraph was split. Its record held values of the wrong type in Year; they are shown empty.", document.Warnings);
        Assert.Equal(DocumentStatus.Received, document.StatusValue);
    }

    [Theory]
    [InlineData("Archived", "status 'Archived'")]
    [InlineData("classified", "status 'classified'")]
    [InlineData("2", "status '2'")]
    [InlineData(null, "has no status")]
    public void ShowsTheDocumentFailedWithTheReason_When_ItsStatusIsNoneThisBuildKnows(string? status, string reason)
    {
        var row = new TableEntity("id3", DocumentEntity.Row) { ["OtherBlobNames"] = "not a list" };
        if (status is not null)
        {
            row["Status"] = status;
        }

        var document = DocumentRowReader.Read(row);

        Assert.Equal(DocumentStatus.Failed, document.StatusValue);
        Assert.Contains(reason, document.ToRecord().FailureReason);
        Assert.Empty(document.ToRecord().OtherBlobNames);
        Assert.Equal(status ?? "", document.Status);
    }
}
