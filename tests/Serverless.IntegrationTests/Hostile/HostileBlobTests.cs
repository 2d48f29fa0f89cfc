using System.Text;
using System.Text.RegularExpressions;
using Azure;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Shared.Documents;
using Serverless.Shared.Pipeline;
using Serverless.Shared.Storage;

namespace Serverless.IntegrationTests.Hostile;

/// <summary>
/// Crafted files (<see cref="HostileFiles"/>), names and metadata dropped straight into <c>incoming</c>, as a tool
/// writing to storage would, in one batch with two ordinary contributions, through the real blob trigger, intake and
/// classification: each ends <c>Classified</c> or <c>Failed</c> as expected, a failure with a reason written for a
/// person (no stack trace, exception type or path of the worker), the upload is kept byte for byte, the ordinary
/// contributions are classified, and the trigger delivering each blob again changes no row.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed partial class HostileBlobTests(PlatformFixture platform)
{
    private const string Year = "2166";

    [Fact]
    public async Task EveryHostileBlobEndsClearly_IsKept_AndLeavesTheOthersOfTheBatchClassified_AndRedeliveryChangesNothing()
    {
        // Arrange: the files that fit the fixture's upload limit (the larger ones are read by the unit tests), hostile
        // names and metadata on an ordinary contribution, and two ordinary ones.
        var marker = Guid.NewGuid().ToString("N");
        var drops = HostileFiles.All(marker).Where(f => !f.Large)
            .Select(f => new Drop(f.Label, $"{Year}/ITU/{f.FileName}", f.Build(), f.Outcome, f.Expect))
            .Concat(HostileNames(marker))
            .Append(new Drop("one line past the upload limit", $"{Year}/ITU/over-limit.txt",
                HostileUploads.OneLine(PlatformFixture.MaxDocumentBytes + 1024, marker), HostileOutcome.Failed, "the largest accepted"))
            .Concat(new[] { "first", "second" }.Select(n => new Drop(
                $"ordinary {n}", $"{Year}/ITU/ordinary-{n}.md", Encoding.UTF8.GetBytes(SampleTexts.Contribution($"{n} {marker}")), HostileOutcome.Classified)))
            .ToList();
        Assert.True(drops.Count >= 40, $"{drops.Count} drops");

        // Act: all at once, then the trigger's delivery again of every blob once each is final.
        var dropped = new List<(Drop Drop, BlobClient Blob, string Id)>();
        var problems = new List<string>();
        var refused = new List<string>();
        foreach (var drop in drops)
        {
            try
            {
                var id = await platform.DropAsync(drop.BlobName, drop.Content, drop.Metadata);
                dropped.Add((drop, platform.Storage.Container(StorageNames.IncomingContainer).GetBlobClient(drop.BlobName), id));
            }
            catch (RequestFailedException e) when (e.Status is 400 or 404)
            {
                // Storage itself refuses the name (or, for dot segments the client resolves in the address, finds no such
                // container): nothing reaches the pipeline.
                refused.Add(drop.Label);
            }
        }

        var finals = new Dictionary<string, DocumentEntity>();
        foreach (var (drop, _, id) in dropped)
        {
            finals[drop.Label] = await platform.WaitForFinalStatusAsync(id);
        }

        var ingest = ActivatorUtilities.CreateInstance<IngestDocumentStep>(platform.Platform.Services);
        foreach (var (_, blob, _) in dropped)
        {
            await ingest.RunAsync(blob);
        }

        // Assert
        foreach (var (drop, blob, id) in dropped)
        {
            var document = finals[drop.Label];
            problems.AddRange(Check(drop, document));

            var kept = (await blob.DownloadContentAsync()).Value.Content.ToArray();
            if (DocumentId.FromContent(kept) != id)
            {
                problems.Add($"{drop.Label}: the upload was not kept as sent");
            }

            var again = await platform.Documents.GetAsync(id);
            if (again is null || again.Status != document.Status || again.FailureReason != document.FailureReason ||
                again.ParagraphCount != document.ParagraphCount || again.Year != document.Year || again.Entity != document.Entity)
            {
                problems.Add($"{drop.Label}: delivered again, its row changed ({document.Status} -> {again?.Status})");
            }
        }

        Assert.True(refused.Count <= 2, "Storage refused: " + string.Join(", ", refused));
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    private static IEnumerable<string> Check(Drop drop, DocumentEntity document)
    {
        var failed = document.StatusValue == DocumentStatus.Failed;
        if ((drop.Outcome == HostileOutcome.Classified && failed) || (drop.Outcome == HostileOutcome.Failed && !failed))
        {
            yield return $"{drop.Label}: expected {drop.Outcome}, got {document.Status} ({document.FailureReason})";
        }

        if (failed)
        {
            var reason = document.FailureReason ?? "";
            if (reason.Length < 20 || reason.Contains("   at ", StringComparison.Ordinal) || ExceptionName().IsMatch(reason) || WorkerPath().IsMatch(reason))
            {
                yield return $"{drop.Label}: failed without a reason written for a person: '{reason}'";
            }

            if (drop.Outcome == HostileOutcome.Failed && drop.Expect is not null && !reason.Contains(drop.Expect, StringComparison.Ordinal))
            {
                yield return $"{drop.Label}: the reason should say '{drop.Expect}': '{reason}'";
            }
        }

        if (drop.Entity is { } refused && document.Entity == refused)
        {
            yield return $"{drop.Label}: took '{refused}' for the entity";
        }

        if (document.FileName.Contains('/') || document.FileName.Contains('\\') || document.FileName.Any(char.IsControl))
        {
            yield return $"{drop.Label}: file name '{document.FileName}'";
        }
    }

    /// <summary>An ordinary contribution under names and metadata a tool writing straight into storage might give it.</summary>
    private static IEnumerable<Drop> HostileNames(string marker)
    {
        Drop Named(string label, string blobName, IDictionary<string, string>? metadata = null, string? refusedEntity = null, HostileOutcome outcome = HostileOutcome.Classified, string? expect = null) => new(
            label, blobName, Encoding.UTF8.GetBytes(SampleTexts.Contribution($"{label} {marker}")), outcome, expect, metadata, refusedEntity);

        return
        [
            Named("blob name climbing with dot segments", $"{Year}/../../etc/passwd.md"),
            Named("blob name with an encoded separator", $"{Year}/ITU%2F..%2Fx/report%2F..%2F.md"),
            Named("blob name of 900 characters", $"{Year}/ITU/{new string('n', 900)}.md"),
            // Control characters in a blob name are left to IntakeListingFailuresTests, in a host of its own: Azurite may then
            // fail every listing of the container, which stops the trigger engine's scan for every later test of this shared
            // fixture (a crashing blob then never reaches its poison handling: seen as a timeout of another test).
            Named("blob name with emoji and accents", $"{Year}/\U0001F600/résumé \U0001F4C4.md"),
            // Shown as "reportexe.md", named .exe: the override is dropped from the name, and the extension is the real one.
            Named("blob name reading backwards", $"{Year}/ITU/report\u202Eexe.md", outcome: HostileOutcome.Classified),
            Named("blob name hiding an executable", $"{Year}/ITU/report\u202Edm.exe", outcome: HostileOutcome.Failed, expect: "not a supported format"),
            Named("metadata year out of range", $"{Year}/meta-year.md", new Dictionary<string, string> { ["year"] = "99999" }),
            Named("metadata entity of two dots", "meta-dots.md", new Dictionary<string, string> { ["entity"] = ".." }, refusedEntity: ".."),
            Named("metadata entity with separators", "meta-slash.md", new Dictionary<string, string> { ["entity"] = "a/../b" }, refusedEntity: "a/../b"),
            Named("metadata entity of 5,000 characters", "meta-long.md", new Dictionary<string, string> { ["entity"] = new string('e', 5_000) }, refusedEntity: new string('e', 5_000)),
            Named("metadata entity with markup", "meta-markup.md", new Dictionary<string, string> { ["entity"] = "<script>alert(1)</script>" }),
            // The summary counts contributors by name: a second spelling a reader cannot tell from the first was a second contributor.
            Named("entity folder spelt decomposed", $"{Year}/{"Société Générale".Normalize(NormalizationForm.FormD)}/nfd.md", refusedEntity: "Société Générale".Normalize(NormalizationForm.FormD)),
            Named("entity folder with a Cyrillic letter", $"{Year}/UN\u0415SCO/homoglyph.md", refusedEntity: "UN\u0415SCO"),
            Named("entity folder with a zero-width space", $"{Year}/IT\u200BU/zerowidth.md", refusedEntity: "IT\u200BU"),
        ];
    }

    private sealed record Drop(
        string Label, string BlobName, byte[] Content, HostileOutcome Outcome, string? Expect = null,
        IDictionary<string, string>? Metadata = null, string? Entity = null);

    /// <summary>A .NET exception's type name (NullReferenceException, XmlException...), which means nothing to a contributor.</summary>
    [GeneratedRegex(@"\b[A-Z][A-Za-z]*Exception\b")]
    private static partial Regex ExceptionName();

    /// <summary>A path of the worker's file system or source.</summary>
    [GeneratedRegex(@"(/(home|work|tmp|usr|app)/|[A-Z]:\\|\.cs\b|\.dll\b)")]
    private static partial Regex WorkerPath();
}
