using System.Text;
using Serverless.Shared.Documents;

namespace Serverless.UnitTests.Documents;

public class DocumentIdTests
{
    [Fact]
    public void GivesTheSameId_When_BytesAreTheSame()
    {
        var first = DocumentId.FromContent(Encoding.UTF8.GetBytes("Rapport du Secrétaire général"));
        var second = DocumentId.FromContent(Encoding.UTF8.GetBytes("Rapport du Secrétaire général"));

        Assert.Equal(first, second);
        Assert.True(DocumentId.IsValid(first));
    }

    [Fact]
    public async Task HashesAStreamLikeTheBytes()
    {
        var bytes = Encoding.UTF8.GetBytes("WSIS action line C2");

        var fromStream = await DocumentId.FromStreamAsync(new MemoryStream(bytes));

        Assert.Equal(DocumentId.FromContent(bytes), fromStream);
    }

    [Theory]
    [InlineData("")]
    [InlineData("../../etc/passwd")]
    [InlineData("ABCDEF")]
    public void RejectsValues_When_NotAHash(string value)
    {
        Assert.False(DocumentId.IsValid(value));
    }
}
