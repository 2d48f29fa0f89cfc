namespace Serverless.UnitTests.Renditions;

/// <summary>
/// How well the paragraphs read from a rendition match those of its source: expected paragraphs found with the same
/// normalised text, numbered ones found with their number, numbered ones found with another number or none
/// (<see cref="WrongNumbers"/>: a paragraph not found is counted missing, not wrongly numbered), and paragraphs that are
/// page furniture.
/// </summary>
public sealed record RenditionScore(int Expected, int Found, int Numbered, int NumbersRight, int WrongNumbers, int Furniture, IReadOnlyList<string> Misses)
{
    public static RenditionScore Sum(IEnumerable<RenditionScore> scores)
    {
        var list = scores.ToList();
        return new RenditionScore(list.Sum(s => s.Expected), list.Sum(s => s.Found), list.Sum(s => s.Numbered),
            list.Sum(s => s.NumbersRight), list.Sum(s => s.WrongNumbers), list.Sum(s => s.Furniture), list.SelectMany(s => s.Misses).ToList());
    }

    public double FoundShare => Expected == 0 ? 1 : (double)Found / Expected;

    public double NumbersShare => Numbered == 0 ? 1 : (double)NumbersRight / Numbered;
}
