using Azure;

namespace Serverless.Local.Hosting;

/// <summary>
/// The blob trigger's deliveries since the last intake sweep: which blob versions it delivered and when the burst began.
/// The <see cref="IntakeSweeper"/> sweeps only after such a burst and skips what was delivered, so a host that receives
/// nothing lists nothing.
/// </summary>
public sealed class IntakeDeliveries(TimeProvider clock)
{
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _signal = new(0, 1);
    private readonly Dictionary<(string Name, ETag Version), DateTimeOffset> _delivered = [];
    private DateTimeOffset? _burstStarted;
    private DateTimeOffset _lastDelivery;

    public void Delivered(string blobName, ETag version)
    {
        // One reading of the clock: a burst's start read after its first delivery's time would leave that delivery out.
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            _delivered[(blobName, Comparable(version))] = now;
            _burstStarted ??= now;
            _lastDelivery = now;
        }

        if (_signal.CurrentCount == 0)
        {
            try
            {
                _signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already signalled.
            }
        }
    }

    /// <summary>
    /// Waits for a delivery, then until none has come for <paramref name="quiet"/>, or until the burst has lasted
    /// <paramref name="longest"/> (deliveries that never pause, as in a back-fill or a busy day, must not keep a missed
    /// blob waiting for a lull); returns the burst and starts a new one.
    /// The burst's deliveries include those of earlier bursts back to <paramref name="lookback"/> before it began, since a
    /// sweep looks at blobs written that far back (a batch's deliveries can pause for longer than the quiet time).
    /// </summary>
    internal async Task<Burst> WaitForQuietAfterBurstAsync(TimeSpan quiet, TimeSpan longest, TimeSpan lookback, CancellationToken cancellationToken)
    {
        await _signal.WaitAsync(cancellationToken);
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                var now = clock.GetUtcNow();
                var quietAt = _lastDelivery + quiet;
                var longestAt = (_burstStarted ?? now) + longest;
                wait = (quietAt < longestAt ? quietAt : longestAt) - now;
                if (wait <= TimeSpan.Zero)
                {
                    var started = _burstStarted ?? clock.GetUtcNow();
                    var newDeliveries = _delivered.Values.Any(at => at >= started);
                    foreach (var old in _delivered.Where(d => d.Value < started - lookback).Select(d => d.Key).ToList())
                    {
                        _delivered.Remove(old);
                    }

                    _burstStarted = null;
                    return new Burst(started, newDeliveries, _delivered.Keys.ToHashSet());
                }
            }

            await Task.Delay(wait, clock, cancellationToken);
        }
    }

    /// <summary>
    /// Waits until no delivery has come for <paramref name="quiet"/> (counted from the call when none came), or for
    /// <paramref name="longest"/> at most; the burst, if any, stays for <see cref="WaitForQuietAfterBurstAsync"/>.
    /// </summary>
    internal async Task WaitForQuietAsync(TimeSpan quiet, TimeSpan longest, CancellationToken cancellationToken)
    {
        var called = clock.GetUtcNow();
        while (true)
        {
            DateTimeOffset lastDelivery;
            lock (_gate)
            {
                lastDelivery = _lastDelivery;
            }

            var quietAt = (lastDelivery > called ? lastDelivery : called) + quiet;
            var until = quietAt < called + longest ? quietAt : called + longest;
            var wait = until - clock.GetUtcNow();
            if (wait <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(wait, clock, cancellationToken);
        }
    }

    /// <summary>Every delivery still remembered, those since the last burst ended included: what a second look skips.</summary>
    internal IReadOnlySet<(string Name, ETag Version)> DeliveredSoFar()
    {
        lock (_gate)
        {
            return _delivered.Keys.ToHashSet();
        }
    }

    /// <summary>
    /// The version as a listing and a response header both write it: a header quotes the ETag, a listing's XML may not,
    /// and <see cref="ETag"/> compares the text as given.
    /// </summary>
    internal static ETag Comparable(ETag version) => new(version.ToString().Trim('"'));

    internal sealed record Burst(DateTimeOffset Started, bool HasDeliveries, IReadOnlySet<(string Name, ETag Version)> Delivered);
}
