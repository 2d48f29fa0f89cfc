using Serverless.Shared.Storage;

namespace Serverless.UnitTests.Storage;

public sealed class StorageRequestCounterTests
{
    [Theory]
    [InlineData("blob", "PUT", "http://127.0.0.1:10000/devstoreaccount1/incoming/2025/ITU/report.pdf", "PUT blob")]
    [InlineData("blob", "GET", "http://127.0.0.1:10000/devstoreaccount1/incoming?restype=container&comp=list", "GET list blobs")]
    [InlineData("blob", "PUT", "https://acct.blob.core.windows.net/incoming/report.pdf?comp=block&blockid=AA", "PUT blob block")]
    [InlineData("queue", "POST", "http://127.0.0.1:10001/devstoreaccount1/classify-work/messages", "POST messages")]
    [InlineData("queue", "DELETE", "https://acct.queue.core.windows.net/classify-work/messages/abc?popreceipt=x", "DELETE message")]
    [InlineData("table", "POST", "http://127.0.0.1:10002/devstoreaccount1/$batch", "POST $batch")]
    [InlineData("table", "GET", "http://127.0.0.1:10002/devstoreaccount1/documents(PartitionKey='a',RowKey='document')", "GET entity")]
    [InlineData("table", "GET", "https://acct.table.core.windows.net/documents()?$filter=Year%20eq%202025", "GET query")]
    [InlineData("table", "POST", "https://acct.table.core.windows.net/documents", "POST entity")]
    [InlineData("table", "POST", "https://acct.table.core.windows.net/Tables", "POST tables")]
    public void OperationOf_NamesTheServiceOperation_When_GivenARequestAddress(string service, string method, string address, string expected) =>
        Assert.Equal(expected, StorageRequestCounter.OperationOf(service, method, new Uri(address)));
}
