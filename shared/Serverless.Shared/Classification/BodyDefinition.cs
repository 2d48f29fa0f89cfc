namespace Serverless.Shared.Classification;

/// <summary>
/// A requesting body: its names, case-insensitive <see cref="Aliases"/>, case-sensitive
/// <see cref="Abbreviations"/> per language, and regular expressions for the symbols of its texts.
/// An organ of an organisation may also have <see cref="OrganNames"/> ("General Conference", "its General
/// Conference"): the organisation's own texts name it so, and those names count only in a paragraph that names the
/// organisation too (one of <see cref="Organisation"/>, exact case). An organ whose resolutions print only their number
/// in the title ("75/202. Les technologies...") has the <see cref="ResolutionSymbol"/> prefix that makes it a symbol
/// (<c>A/RES/</c>). <see cref="DocumentSymbols"/> are the symbols its documents print in their header, which the
/// document profile takes as the document's own.
/// </summary>
public sealed record BodyDefinition(
    string Id,
    string En,
    string Fr,
    string[] Aliases,
    string[] SymbolPatterns,
    IReadOnlyDictionary<string, string[]>? Abbreviations = null,
    string[]? OrganNames = null,
    string[]? Organisation = null,
    string? ResolutionSymbol = null,
    string[]? DocumentSymbols = null);
