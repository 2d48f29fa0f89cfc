namespace Serverless.Shared.Classification;

/// <summary>Score and evidence gathered for one action line in one paragraph.</summary>
internal sealed class ActionLineTally
{
    /// <summary>
    /// Each term counted so far and how often, side by side: a line has a few terms in a paragraph, so a look along
    /// them is quicker than a dictionary's hash, and one was made for every line of every paragraph.
    /// </summary>
    private string[] _terms = new string[4];
    private int[] _counts = new int[4];
    private int _termCount;

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
        var k = IndexOf(term);
        var seen = k < 0 ? 0 : _counts[k];
        if (seen >= maxOccurrences)
        {
            return;
        }

        if (k < 0)
        {
            if (_termCount == _terms.Length)
            {
                Array.Resize(ref _terms, _termCount * 2);
                Array.Resize(ref _counts, _termCount * 2);
            }

            k = _termCount++;
            _terms[k] = term;
        }

        _counts[k] = seen + 1;
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

    private int IndexOf(string term)
    {
        for (var k = 0; k < _termCount; k++)
        {
            if (string.Equals(_terms[k], term, StringComparison.Ordinal))
            {
                return k;
            }
        }

        return -1;
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
