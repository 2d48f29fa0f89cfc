using Azure;
using Serverless.Shared.Pipeline;

namespace Serverless.UnitTests.Pipeline;

public sealed class StorageFaultsTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(408)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(503)]
    public void IsTransient_When_StorageAnsweredNothingOrWasBusy(int status) =>
        Assert.True(StorageFaults.IsTransient(new RequestFailedException(status, "busy")));

    [Theory]
    [InlineData(400)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(413)]
    public void IsNotTransient_When_StorageRefusedTheRequest(int status) =>
        Assert.False(StorageFaults.IsTransient(new RequestFailedException(status, "refused")));

    [Fact]
    public void IsTransient_When_TheConnectionFailedOrTimedOut()
    {
        Assert.True(StorageFaults.IsTransient(new HttpRequestException("connection reset")));
        Assert.True(StorageFaults.IsTransient(new TaskCanceledException("time-out")));
        Assert.True(StorageFaults.IsTransient(new AggregateException(new IOException("reset"), new RequestFailedException(503, "busy"))));
    }

    [Fact]
    public void IsNotTransient_When_TheCodeItselfFailed()
    {
        Assert.False(StorageFaults.IsTransient(new InvalidOperationException("a bug")));
        Assert.False(StorageFaults.IsTransient(new AggregateException(new IOException("reset"), new RequestFailedException(400, "bad"))));
    }

    [Fact]
    public void ReasonFor_NamesTheStatusAndWhatToDo_When_StorageRefused()
    {
        var reason = StorageFaults.ReasonFor(new RequestFailedException(413, "too large", "RequestBodyTooLarge", null));

        Assert.Contains("413 RequestBodyTooLarge", reason);
        Assert.Contains("upload it again", reason);
    }
}
