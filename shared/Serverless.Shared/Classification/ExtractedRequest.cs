namespace Serverless.Shared.Classification;

/// <summary>
/// One request an operative paragraph makes: who asks (<see cref="RequestingBody"/>), whom
/// (<see cref="Addressees"/>, empty when the text names nobody), what (<see cref="Action"/>), and by when.
/// </summary>
/// <param name="Verb">The request verb as written (<c>Prie</c>, <c>calls upon</c>).</param>
/// <param name="Deadline">A stated date or year (<c>d'ici à 2030</c>, <c>by 2027</c>), or null.</param>
/// <param name="ReportingSession">A stated session to report to (<c>à sa quatre-vingt-unième session</c>), or null.</param>
/// <param name="ParagraphNumber">The source paragraph's own number, when known.</param>
/// <param name="DocumentSymbol">The source document's symbol, when known.</param>
public sealed record ExtractedRequest(
    string Verb,
    string? RequestingBody,
    IReadOnlyList<string> Addressees,
    string Action,
    string? Deadline,
    string? ReportingSession,
    string? ParagraphNumber,
    string? DocumentSymbol = null)
{
    /// <summary>Where in the paragraph the addressee is named (between the verb and the action); not serialised.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Range AddresseeSpan { get; init; }
}
