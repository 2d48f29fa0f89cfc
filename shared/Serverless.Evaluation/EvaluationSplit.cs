using System.Security.Cryptography;
using System.Text;

namespace Serverless.Evaluation;

/// <summary>
/// Which part of a labelled set an item belongs to, fixed by a hash of its id before any tuning: a third of
/// the items are held out and never used to tune the taxonomy or the weights.
/// </summary>
public static class EvaluationSplit
{
    public const string Tuning = "tuning";
    public const string HeldOut = "held-out";

    public static bool IsHeldOut(string id) => SHA256.HashData(Encoding.UTF8.GetBytes(id))[0] % 3 == 0;

    public static string PartOf(string id) => IsHeldOut(id) ? HeldOut : Tuning;

    /// <summary>The items of one part (<see cref="Tuning"/>, <see cref="HeldOut"/>), or all of them for <c>all</c>/null.</summary>
    public static IEnumerable<LabelledParagraph> Select(IEnumerable<LabelledParagraph> items, string? part) => part switch
    {
        HeldOut => items.Where(i => IsHeldOut(i.Id)),
        Tuning => items.Where(i => !IsHeldOut(i.Id)),
        _ => items,
    };
}
