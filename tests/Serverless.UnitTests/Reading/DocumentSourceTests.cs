using System.Text;
using Serverless.Shared.Reading;

namespace Serverless.UnitTests.Reading;

/// <summary>
/// A file given by path (<c>./wsis segment FILE</c>) is read to its end within the size limit, whatever length the file
/// system announces for it: devices and pipes announce none, and a file cut or written while read ends elsewhere.
/// </summary>
public sealed class DocumentSourceTests
{
    [Fact]
    public void RefusesAFileAsTooLarge_When_ItNeverEnds()
    {
        // /dev/zero announces a length of 0 and gives zeros for ever: it was read whole into memory until the runtime
        // refused an array past 2 GB, and the command printed that exception's stack trace.
        var error = Assert.Throws<UnreadableDocumentException>(() => DocumentSource.FromFile("/dev/zero"));

        Assert.Equal("The file is too large (more than 50 MB); the limit is 50 MB.", error.Message);
    }

    [Fact]
    public void ReadsWhatTheFileHolds_When_ItEndsBeforeTheLengthItAnnounced()
    {
        var text = Encoding.UTF8.GetBytes("A paragraph that the file still holds.");

        var source = DocumentSource.FromStream("notes.txt", new ShrunkStream(text, announced: 4_096));

        Assert.Equal(text, source.Content.ToArray());
        Assert.Equal("notes.txt", source.FileName);
    }

    [Fact]
    public void RefusesAFileAsTooLarge_When_ItAnnouncesMoreThanTheLimit()
    {
        var error = Assert.Throws<UnreadableDocumentException>(
            () => DocumentSource.FromStream("big.pdf", new ShrunkStream([], announced: 60L * 1024 * 1024)));

        Assert.Equal("The file is too large (60 MB); the limit is 50 MB.", error.Message);
    }

    /// <summary>A file truncated while it is read: its length says more than its reads give.</summary>
    private sealed class ShrunkStream(byte[] content, long announced) : MemoryStream(content)
    {
        public override long Length => announced;
    }
}
