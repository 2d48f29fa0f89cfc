namespace Serverless.Shared.Classification.Model;

/// <summary>
/// The few heaviest of a stream of weighted items, heaviest first and, among equal weights, in the order offered:
/// what a stable sort by descending weight followed by taking the first few gives, without sorting every candidate
/// (a paragraph offers hundreds of words for six places of evidence).
/// </summary>
internal ref struct HeaviestFirst
{
    private readonly Span<int> _items;
    private readonly Span<float> _weights;

    /// <param name="items">Room for the items kept; its length is how many are kept.</param>
    /// <param name="weights">Room for their weights, as long as <paramref name="items"/>.</param>
    public HeaviestFirst(Span<int> items, Span<float> weights)
    {
        _items = items;
        _weights = weights[..items.Length];
    }

    /// <summary>How many items are kept so far.</summary>
    public int Count { get; private set; }

    /// <summary>The kept items, heaviest first.</summary>
    public readonly ReadOnlySpan<int> Items => _items[..Count];

    public void Offer(int item, float weight)
    {
        // After every item at least as heavy: an equal weight offered later stays behind, as in a stable sort.
        var at = Count;
        while (at > 0 && _weights[at - 1] < weight)
        {
            at--;
        }

        if (at >= _items.Length)
        {
            return;
        }

        for (var i = Math.Min(Count, _items.Length - 1); i > at; i--)
        {
            _items[i] = _items[i - 1];
            _weights[i] = _weights[i - 1];
        }

        _items[at] = item;
        _weights[at] = weight;
        Count = Math.Min(Count + 1, _items.Length);
    }
}
