namespace Serverless.Shared.Classification.Model;

/// <summary>
/// A requesting body the trained model guessed for a paragraph that does not name it (labelling rule 8: the adopting
/// organ of an operative paragraph), with its probability and the evidence a reviewer reads
/// (<c>guess: adopting organ GA (0.75) from kind operative, no body named, opens "Encourages"</c>).
/// </summary>
public sealed record BodyGuess(string Body, double Probability, string Evidence);
