using System.Collections;

namespace Serverless.Shared.Reading;

/// <summary>
/// An append-only list kept in chunks of 4,096 items, so that no array reaches the large object heap however many
/// items it holds. A list of the lines of a 1 MB text is an array of about 200 KB there; on a one-core worker each
/// such allocation brings the next full, blocking collection closer, and it comes while the document is alive.
/// </summary>
internal sealed class ChunkedList<T> : IReadOnlyList<T>
{
    private const int ChunkShift = 12;
    private const int ChunkSize = 1 << ChunkShift;

    private readonly List<T[]> _chunks = [];

    public int Count { get; private set; }

    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return _chunks[index >> ChunkShift][index & (ChunkSize - 1)];
        }
    }

    public void Add(T item)
    {
        if ((Count & (ChunkSize - 1)) == 0)
        {
            _chunks.Add(new T[ChunkSize]);
        }

        _chunks[Count >> ChunkShift][Count & (ChunkSize - 1)] = item;
        Count++;
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
