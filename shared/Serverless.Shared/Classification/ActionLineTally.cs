namespace Serverless.Shared.Classification;

/// <summary>Score and evidence gathered for one action line in one paragraph.</summary>
internal sealed class ActionLineTally
{
    private readonly Dictionary<string, int> _occurrences = new(StringComparer.Ordinal);

    public double Score { get; private set; }

    public int KeyHits { get; private set; }

    /// <summary>The first token that named the line: on a tie, the line named first is the paragraph's topic.</summary>
    public int FirstPosition { get; private set; } = int.MaxValue;

    public List<string> Evidence { get; } = [];

    /// <summary>Whether the enclosing heading named the line.</summary>
    public bool FromHeading { get; private set; }

    public void Add(string term, double weight, int maxOccurrences, int position)
    {
        FirstPosition = Math.Min(FirstPosition, position);
        _occurrences.TryGetValue(term, out var seen);
        if (seen >= maxOccurrences)
        {
            return;
        }

        _occurrences[term] = seen + 1;
        Score += weight;
        if (weight > 1)
        {
            KeyHits++;
        }

        if (seen == 0)
        {
            Evidence.Add(term);
        }
    }

    public void AddContext(string evidence, double weight)
    {
        FirstPosition = -1;
        FromHeading = true;
        Score += weight;
        KeyHits++;
        Evidence.Insert(0, evidence);
    }

    /// <summary>Takes over another line's score and evidence (a sub-line's, when its parent speaks for it).</summary>
    public void Absorb(ActionLineTally other)
    {
        FirstPosition = Math.Min(FirstPosition, other.FirstPosition);
        Score += other.Score;
        KeyHits += other.KeyHits;
        FromHeading |= other.FromHeading;
        Evidence.AddRange(other.Evidence);
    }
}
