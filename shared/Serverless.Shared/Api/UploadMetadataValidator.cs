using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Serverless.Shared.Documents;

namespace Serverless.Shared.Api;

/// <summary>
/// The file name, year and contributing entity a person gives with a document: the upload route (query or headers),
/// the from-url route and a document's correction (JSON bodies) all check them here, with the rules of
/// <see cref="UploadPath"/> and <see cref="UploadNames"/>, so one value gets one answer on every route. A year that
/// arrives as text is parsed once (<see cref="QueryValues.TryParseYear"/>); one that arrives as a number is only
/// checked against the years the platform holds.
/// </summary>
public static class UploadMetadataValidator
{
    /// <summary>
    /// Why a year and an entity cannot be a document's, or null when they can. Null means not given; an entity is
    /// taken trimmed, and an empty one is refused (a route that reads a blank value as absent passes null).
    /// <paramref name="yearExample"/> shows the route's own way of giving a year, e.g. <c>year=2025</c>.
    /// </summary>
    public static string? Problem(int? year, string? entity, string yearExample) =>
        year is { } given && !UploadPath.IsYear(given) ? QueryValues.NotAYear(given.ToString(CultureInfo.InvariantCulture), yearExample)
        : entity is null ? null
        : UploadNames.EntityProblem(entity);

    /// <summary>
    /// <see cref="Problem(int?, string?, string)"/> for values that arrive as text (query or headers), where a blank
    /// value is no value: the year is parsed here, once, and the entity trimmed.
    /// </summary>
    public static bool TryRead(string? yearText, string? entityText, string yearExample, out int? year, out string? entity, [NotNullWhen(false)] out string? problem)
    {
        entity = ReadEntity(entityText);
        problem = !QueryValues.TryParseYear(yearText, out year) ? QueryValues.NotAYear(yearText, yearExample) : Problem(year, entity, yearExample);
        return problem is null;
    }

    /// <summary>An entity as a query, header or link request gives it: trimmed and composed, and none when blank.</summary>
    public static string? ReadEntity(string? text) => string.IsNullOrWhiteSpace(text) ? null : EntitySpelling.Canonical(text);

    /// <summary>The name to store a given file name under (<see cref="UploadNames.CleanFileName"/>), or why there is none.</summary>
    public static bool TryReadName(string given, [NotNullWhen(true)] out string? name, [NotNullWhen(false)] out string? problem)
    {
        name = UploadNames.CleanFileName(given);
        problem = name is null ? $"'{UploadNames.ForLog(given)}' is not a file name; give one such as report.pdf." : null;
        return name is not null;
    }
}
