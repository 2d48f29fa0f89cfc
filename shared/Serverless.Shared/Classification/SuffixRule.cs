namespace Serverless.Shared.Classification;

/// <summary>
/// One stemming rule: a folded word of at least <paramref name="MinLength"/> letters that ends with
/// <paramref name="Suffix"/>, the letter before it being none of <paramref name="NotAfter"/>, ends with
/// <paramref name="Replacement"/> instead (<c>aux</c> → <c>al</c>: <c>nationaux</c> → <c>national</c>).
/// </summary>
/// <param name="NotAfter">Letters the suffix may not follow, as one string (<c>"sui"</c>); null or empty for none.</param>
public sealed record SuffixRule(string Suffix, string Replacement, int MinLength, string? NotAfter = null);
