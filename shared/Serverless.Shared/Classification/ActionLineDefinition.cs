using System.Text.Json.Serialization;

namespace Serverless.Shared.Classification;

/// <summary>
/// One action line or sub-line. <see cref="Terms"/> are ordinary evidence; <see cref="KeyTerms"/> are specific
/// enough that one of them decides the label. Both are keyed by language (<c>en</c>, <c>fr</c>).
/// </summary>
public sealed record ActionLineDefinition(
    string Code,
    string En,
    string Fr,
    [property: JsonPropertyName("terms")] IReadOnlyDictionary<string, string[]> Terms,
    string? Parent = null,
    IReadOnlyDictionary<string, string[]>? KeyTerms = null);
