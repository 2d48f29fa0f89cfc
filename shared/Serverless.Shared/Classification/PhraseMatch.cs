namespace Serverless.Shared.Classification;

/// <summary>A phrase found in a text: its first and last token (inclusive) and the trie node holding its entries.</summary>
internal readonly record struct PhraseMatch(int FirstToken, int LastToken, int Node);
