namespace Serverless.Shared.Classification;

/// <summary>
/// A requesting body: its names, case-insensitive <see cref="Aliases"/>, case-sensitive
/// <see cref="Abbreviations"/> per language, and regular expressions for the symbols of its texts.
/// </summary>
public sealed record BodyDefinition(
    string Id,
    string En,
    string Fr,
    string[] Aliases,
    string[] SymbolPatterns,
    IReadOnlyDictionary<string, string[]>? Abbreviations = null);
