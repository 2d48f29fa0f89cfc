using System.Numerics;
using System.Runtime.CompilerServices;

namespace Serverless.Shared.Classification;

/// <summary>
/// A map from a pair of ids packed into a <see cref="long"/> (<see cref="WordTable.PairKey"/>, a phrase's trie node and
/// its next word) to a non-negative id, for the look-ups made at every word of every paragraph: the models' pairs of
/// words and the phrase trie's steps. Open addressing in one array, probed linearly from a multiplicative hash, kept
/// at most half full: a look-up is one or two reads of adjacent memory, where <see cref="Dictionary{TKey, TValue}"/>
/// took a remainder, a bucket and an entry (in the profile of <c>./wsis classify</c>, its look-ups of these keys were
/// a twentieth of the command's CPU). Built by one thread, then read by any number (like a dictionary).
/// </summary>
internal sealed class PairMap
{
    private Slot[] _slots = new Slot[16];

    /// <summary>Pairs held.</summary>
    public int Count { get; private set; }

    /// <summary>The id kept for <paramref name="key"/>, or false when it has none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(long key, out int value)
    {
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var i = Home(key, slots.Length); ; i = (i + 1) & mask)
        {
            ref readonly var slot = ref slots[i];
            if (slot.Key == key && slot.ValuePlusOne != 0)
            {
                value = slot.ValuePlusOne - 1;
                return true;
            }

            if (slot.ValuePlusOne == 0)
            {
                value = -1;
                return false;
            }
        }
    }

    /// <summary>Keeps <paramref name="value"/> (0 or more, below <see cref="int.MaxValue"/>) for <paramref name="key"/>, replacing any other.</summary>
    public int this[long key]
    {
        get => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No id for the pair {key}.");
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            ArgumentOutOfRangeException.ThrowIfEqual(value, int.MaxValue);
            if ((Count + 1) * 2 > _slots.Length)
            {
                Grow();
            }

            if (Put(_slots, key, value + 1))
            {
                Count++;
            }
        }
    }

    /// <summary>Where the key's probe starts in a table of <paramref name="length"/> slots (a power of two): the top bits of a Fibonacci hash.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Home(long key, int length) =>
        (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> (33 + BitOperations.LeadingZeroCount((uint)length)));

    /// <summary>Writes the pair into <paramref name="slots"/>; true when the key was not there.</summary>
    private static bool Put(Slot[] slots, long key, int valuePlusOne)
    {
        var mask = slots.Length - 1;
        for (var i = Home(key, slots.Length); ; i = (i + 1) & mask)
        {
            if (slots[i].ValuePlusOne == 0)
            {
                slots[i] = new Slot(key, valuePlusOne);
                return true;
            }

            if (slots[i].Key == key)
            {
                slots[i] = new Slot(key, valuePlusOne);
                return false;
            }
        }
    }

    private void Grow()
    {
        var larger = new Slot[_slots.Length * 2];
        foreach (var slot in _slots)
        {
            if (slot.ValuePlusOne != 0)
            {
                Put(larger, slot.Key, slot.ValuePlusOne);
            }
        }

        _slots = larger;
    }

    /// <summary>A pair and its id plus one (0: an empty slot, so a new array is empty as made).</summary>
    private readonly record struct Slot(long Key, int ValuePlusOne);
}
