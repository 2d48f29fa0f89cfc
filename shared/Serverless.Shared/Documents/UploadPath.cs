namespace Serverless.Shared.Documents;

/// <summary>
/// The intake blob name convention <c>{year}/{entity}/{file name}</c>, where year and entity are optional:
/// <c>report.pdf</c>, <c>2025/report.pdf</c>, <c>ITU/report.pdf</c> and <c>2025/ITU/report.pdf</c> are all valid.
/// Names are read with the rules of <see cref="UploadNames"/>: a dot segment or a folder with control characters is
/// never taken for the entity, and the file name is the cleaned last segment.
/// </summary>
public sealed record UploadPath(int? Year, string? Entity, string FileName)
{
    public static UploadPath Parse(string blobName)
    {
        var parts = blobName.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return new UploadPath(null, null, UploadNames.CleanFileName(blobName) ?? "upload");
        }

        var fileName = UploadNames.CleanFileName(parts[^1]) ?? "upload";
        int? year = null;
        string? entity = null;
        foreach (var folder in parts[..^1])
        {
            if (year is null && TryParseYear(folder, out var y))
            {
                year = y;
            }
            else if (UploadNames.IsUsableFolder(folder))
            {
                entity ??= EntitySpelling.Canonical(folder);
            }
        }

        return new UploadPath(year, entity, fileName);
    }

    public string ToBlobName() =>
        string.Join('/', new[] { Year?.ToString(), Entity, FileName }.Where(p => !string.IsNullOrEmpty(p)));

    /// <summary>
    /// The one year a file name gives ("wsis-input-2025.docx", "2025_contribution_ITU.pdf"), standing apart from other
    /// figures; none when it gives two ("report-2024-2025.pdf") or a longer number ("ref-120251.pdf").
    /// </summary>
    public static int? YearInFileName(string? fileName)
    {
        var years = System.Text.RegularExpressions.Regex.Matches(Path.GetFileNameWithoutExtension(fileName ?? ""), @"(?<![\p{N}])\p{N}{4}(?![\p{N}])")
            .Select(m => TryParseYear(m.Value, out var year) ? year : (int?)null)
            .Distinct()
            .ToArray();
        return years is [{ } only] ? only : null;
    }

    public static bool TryParseYear(string? text, out int year) =>
        int.TryParse(text, out year) && IsYear(year);

    /// <summary>Whether a year already read as a number is one the platform holds (no need to print and parse it again).</summary>
    public static bool IsYear(int year) => year is >= FirstYear and <= LastYear;

    /// <summary>The years a document may contribute to: WSIS began in the 1990s' information society debates.</summary>
    public const int FirstYear = 1990;

    public const int LastYear = 2200;
}
