namespace Serverless.Shared.Classification;

/// <summary>Who may be asked to act, with the phrases that name it in either language.</summary>
public sealed record AddresseeDefinition(string Id, string[] Terms);
