using Serverless.Shared.Documents;
using Serverless.Shared.Entities;
using Serverless.Shared.Segmentation;
using Serverless.Shared.Storage;

namespace Serverless.Shared.Pipeline;

/// <summary>
/// Decides a document's year and contributing entity, in order of trust: the blob path, the blob's
/// metadata (<c>year</c>, <c>entity</c>), what the text says; the year then falls back to the one the file's name gives,
/// else to the upload date.
/// Records which source decided, so staff can see why a document counts for a year. A person's correction
/// (<c>PATCH /api/documents/{id}</c>) comes before all of them, so re-reading the document never undoes it. Entities
/// are normalised to the catalogue's ids ("UIT" and "International Telecommunication Union" are both <c>ITU</c>); a
/// name the catalogue does not know is kept as given.
/// </summary>
public sealed class DocumentAttribution(EntityCatalog entities, ContributorDetector contributors)
{
    public const string YearMetadata = "year";
    public const string EntityMetadata = "entity";

    public void Apply(DocumentEntity document, SegmentedDocument parsed, IDictionary<string, string> metadata)
    {
        ApplyDetected(document, parsed, metadata);
        ApplyCorrection(document);
    }

    /// <summary>The correction a person made, over whatever the sources said.</summary>
    public static void ApplyCorrection(DocumentEntity document)
    {
        if (document.CorrectedYear is { } year)
        {
            (document.Year, document.YearSource) = (year, "correction");
        }

        if (document.CorrectedEntity is { } entity)
        {
            (document.Entity, document.EntitySource) = (entity, "correction");
        }
    }

    /// <summary>
    /// What the path says, before the file is read: a file that then fails still counts for the year its path gave
    /// (and shows under <c>?year=</c>).
    /// </summary>
    public static void ApplyPath(DocumentEntity document)
    {
        var path = UploadPath.Parse(document.BlobName);
        if (path.Year is { } year)
        {
            (document.Year, document.YearSource) = (year, "path");
        }

        if (!string.IsNullOrWhiteSpace(path.Entity))
        {
            (document.Entity, document.EntitySource) = (path.Entity, "path");
        }
    }

    private void ApplyDetected(DocumentEntity document, SegmentedDocument parsed, IDictionary<string, string> metadata)
    {
        var path = UploadPath.Parse(document.BlobName);
        if (path.Year is { } pathYear)
        {
            (document.Year, document.YearSource) = (pathYear, "path");
        }
        else if (metadata.TryGetValue(YearMetadata, out var text) && UploadPath.TryParseYear(text, out var metadataYear))
        {
            (document.Year, document.YearSource) = (metadataYear, "metadata");
        }
        else if (parsed.Profile.Year is { } detectedYear)
        {
            (document.Year, document.YearSource) = (detectedYear, "detected");
        }
        else if (UploadPath.YearInFileName(string.IsNullOrEmpty(document.FileName) ? path.FileName : document.FileName) is { } nameYear)
        {
            // A text that names no year ("Cette année, le Réseau a organisé...") is dated by its file's name, which its
            // writer chose for the year's round, rather than by the day it arrived (January of the next year).
            (document.Year, document.YearSource) = (nameYear, "file-name");
        }
        else
        {
            (document.Year, document.YearSource) = (document.ReceivedAt.Year, "upload-date");
        }

        document.EntityEvidence = null;
        if (!string.IsNullOrWhiteSpace(path.Entity))
        {
            (document.Entity, document.EntitySource) = (entities.Normalise(path.Entity) ?? path.Entity, "path");
        }
        else if (metadata.TryGetValue(EntityMetadata, out var entity) && !string.IsNullOrWhiteSpace(entity) && UploadNames.EntityProblem(entity.Trim()) is null)
        {
            // Checked with the rule the upload routes apply to the same value: a tool writing straight into storage gets
            // no answer to read, so a value the routes would refuse (a dot segment, a separator, control characters,
            // past 100 characters) is passed over here as a folder of the same kind is, and the text decides.
            (document.Entity, document.EntitySource) = (entities.Normalise(entity) ?? EntitySpelling.Canonical(entity), "metadata");
        }
        else if (contributors.Detect(parsed, document.FileName) is { } detected)
        {
            (document.Entity, document.EntitySource, document.EntityEvidence) = (detected.Entity, "detected", $"{detected.Source}: {detected.Evidence}");
        }
        else
        {
            (document.Entity, document.EntitySource) = (null, null);
        }
    }
}
