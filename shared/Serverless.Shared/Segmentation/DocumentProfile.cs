namespace Serverless.Shared.Segmentation;

/// <summary>
/// What the text says about the document itself. Each value is null when nothing in the text supports it;
/// <see cref="Evidence"/> holds, per field, the text that decided it.
/// </summary>
/// <param name="Date">Date of adoption (resolutions, decisions) or of issue (<c>Distr. générale 12 août 2025</c>).</param>
/// <param name="Session">The session named in the header (<c>Session de 2025</c>, <c>seventy-fifth session</c>).</param>
public sealed record DocumentProfile(
    string Language,
    string Kind,
    string? Symbol,
    int? Year,
    string? IssuingBody,
    IReadOnlyDictionary<string, string> Evidence,
    DateOnly? Date = null,
    string? Session = null)
{
    public static DocumentProfile Unknown { get; } =
        new("und", DocumentKinds.Other, null, null, null, new Dictionary<string, string>());
}

/// <summary>Document kinds of <c>docs/domain.md</c>.</summary>
public static class DocumentKinds
{
    public const string Resolution = "resolution";
    public const string Decision = "decision";
    public const string SecretaryGeneralReport = "sg-report";
    public const string CouncilDocument = "council-document";
    public const string Contribution = "contribution";
    public const string Other = "other";
}
