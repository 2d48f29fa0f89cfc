namespace Serverless.UnitTests.Renditions;

/// <summary>
/// How well the paragraphs read from a rendition match those of its source: expected paragraphs found with the same
/// normalised text, numbered ones found with their number, numbered ones found with another number or none
/// (<see cref="WrongNumbers"/>: a paragraph not found is counted missing, not wrongly numbered), and paragraphs that are
/// page furniture; and, for the sources whose kinds are known (<see cref="RenditionKinds"/>), paragraphs found with their
/// kind (<see cref="WrongKinds"/>: found with another); and paragraphs whose text the source does not have at all
/// (<see cref="Stray"/>).
/// </summary>
public sealed record RenditionScore(int Expected, int Found, int Numbered, int NumbersRight, int WrongNumbers, int Furniture, IReadOnlyList<string> Misses,
    int Kinded = 0, int KindsRight = 0, int WrongKinds = 0)
{
    public static RenditionScore Sum(IEnumerable<RenditionScore> scores)
    {
        var list = scores.ToList();
        return new RenditionScore(list.Sum(s => s.Expected), list.Sum(s => s.Found), list.Sum(s => s.Numbered),
            list.Sum(s => s.NumbersRight), list.Sum(s => s.WrongNumbers), list.Sum(s => s.Furniture), list.SelectMany(s => s.Misses).ToList(),
            list.Sum(s => s.Kinded), list.Sum(s => s.KindsRight), list.Sum(s => s.WrongKinds))
        {
            Stray = list.Sum(s => s.Stray),
        };
    }

    /// <summary>Paragraphs whose text is no part of the source's and holds none of it: a running header read as text.</summary>
    public int Stray { get; init; }

    public double FoundShare => Expected == 0 ? 1 : (double)Found / Expected;

    public double NumbersShare => Numbered == 0 ? 1 : (double)NumbersRight / Numbered;

    public double KindsShare => Kinded == 0 ? 1 : (double)KindsRight / Kinded;
}
