using Serverless.Shared.Documents;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;

namespace Serverless.UnitTests.Pipeline;

public sealed class ReplacedVersionsTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TheLaterWriteOfAName_ReplacesTheEarlier()
    {
        var first = Row("a", "2025/ITU/report.pdf", Monday);
        var second = Row("b", "2025/ITU/report.pdf", Monday.AddHours(2));

        var replacement = Assert.Single(ReplacedVersions.Find([second, first, Row("c", "2025/ITU/other.pdf", Monday.AddDays(1))]));

        Assert.Equal(("a", "b"), (replacement.Earlier.PartitionKey, replacement.Current.PartitionKey));
    }

    [Fact]
    public void EachEarlierVersion_IsReplacedByTheLatest()
    {
        var found = ReplacedVersions.Find([Row("a", "r.md", Monday), Row("b", "r.md", Monday.AddHours(1)), Row("c", "r.md", Monday.AddHours(2))]);

        Assert.Equal(["a:c", "b:c"], found.Select(r => $"{r.Earlier.PartitionKey}:{r.Current.PartitionKey}").Order());
    }

    [Theory]
    [InlineData(DocumentStatus.Failed)]
    [InlineData(DocumentStatus.Classifying)]
    [InlineData(DocumentStatus.Withdrawn)]
    public void ANewerVersionNotClassified_ReplacesNothingYet(DocumentStatus newer)
    {
        var found = ReplacedVersions.Find([Row("a", "r.md", Monday), Row("b", "r.md", Monday.AddHours(1), newer)]);

        Assert.Empty(found);
    }

    [Fact]
    public void DifferentNames_AndTwoWritesInOneSecond_ReplaceNothing()
    {
        Assert.Empty(ReplacedVersions.Find([Row("a", "2025/r.md", Monday), Row("b", "2024/r.md", Monday.AddHours(1))]));
        Assert.Empty(ReplacedVersions.Find([Row("a", "r.md", Monday), Row("b", "r.md", Monday)]));
    }

    [Fact]
    public void AnEarlierVersionAlsoStoredUnderAnotherName_IsStillHeldThere()
    {
        var first = Row("a", "r.md", Monday);
        first.SetOtherBlobNames(["copy-of-r.md"]);

        Assert.Empty(ReplacedVersions.Find([first, Row("b", "r.md", Monday.AddHours(1))]));
    }

    [Fact]
    public void RowsWithoutAWriteTime_AreOrderedByWhenTheyWereReceived()
    {
        var old = Row("a", "r.md", written: null);
        old.ReceivedAt = Monday;
        var found = ReplacedVersions.Find([old, Row("b", "r.md", Monday.AddMinutes(5))]);

        Assert.Equal("a", Assert.Single(found).Earlier.PartitionKey);
    }

    [Fact]
    public void AnUploadThatSaysItReplacesADocument_ReplacesIt_WhateverItsName()
    {
        var corrected = Row("b", "2025/ITU/report-v2.pdf", Monday.AddDays(1));
        corrected.Replaces = "a";

        var replacement = Assert.Single(ReplacedVersions.Find([Row("a", "2025/ITU/report.pdf", Monday), corrected]));

        Assert.Equal(("a", "b", false), (replacement.Earlier.PartitionKey, replacement.Current.PartitionKey, replacement.SameName));
    }

    [Fact]
    public void ADeclaredReplacement_WaitsForBothToBeClassified_AndTwoThatReplaceEachOtherReplaceNeither()
    {
        var pending = Row("b", "v2.pdf", Monday, DocumentStatus.Classifying);
        pending.Replaces = "a";
        Assert.Empty(ReplacedVersions.Find([Row("a", "v1.pdf", Monday), pending]));

        var (one, other) = (Row("a", "v1.pdf", Monday), Row("b", "v2.pdf", Monday));
        (one.Replaces, other.Replaces) = ("b", "a");
        Assert.Empty(ReplacedVersions.Find([one, other]));
    }

    [Fact]
    public void Declared_ReplacesOnlyTheDocumentNamed_OnceBothAreClassified_AndNeverTwoThatNameEachOther_OrAnotherWithdrawal()
    {
        var corrected = Row("b", "v2.pdf", Monday);
        corrected.Replaces = "a";
        var withdrawn = Row("a", "v1.pdf", Monday, DocumentStatus.Withdrawn);
        var (one, other) = (Row("a", "v1.pdf", Monday), Row("b", "v2.pdf", Monday));
        (one.Replaces, other.Replaces) = ("b", "a");

        Assert.Equal(("a", false), ReplacedVersions.Declared(corrected, Row("a", "v1.pdf", Monday)) is { } r ? (r.Earlier.PartitionKey, r.SameName) : default);
        Assert.Null(ReplacedVersions.Declared(corrected, Row("c", "v1.pdf", Monday)));
        Assert.Null(ReplacedVersions.Declared(corrected, withdrawn));
        Assert.Null(ReplacedVersions.Declared(other, one));
        withdrawn.ReplacedBy = "b"; // withdrawn for this very replacement: asked again, it is finished
        Assert.NotNull(ReplacedVersions.Declared(corrected, withdrawn));
    }

    [Fact]
    public void DeclaredElsewhere_NamesOnlyTheReplacedDocumentsNotAmongThoseGiven()
    {
        var (here, there) = (Row("b", "v2.pdf", Monday), Row("c", "v3.pdf", Monday));
        (here.Replaces, there.Replaces) = ("a", "z");

        Assert.Equal(["z"], ReplacedVersions.DeclaredElsewhere([Row("a", "v1.pdf", Monday), here, there]));
    }

    private static DocumentEntity Row(string id, string blobName, DateTimeOffset? written, DocumentStatus status = DocumentStatus.Classified) => new()
    {
        PartitionKey = id,
        BlobName = blobName,
        BlobWrittenAt = written,
        ReceivedAt = written ?? default,
        StatusValue = status,
    };
}
