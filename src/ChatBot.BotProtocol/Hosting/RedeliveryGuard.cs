using System.Collections.Concurrent;

namespace ChatBot.BotProtocol.Hosting;

/// <summary>
/// Teams resends an activity it thinks timed out, with the same id. The first delivery of an (conversation, activity
/// id) pair within the window runs; repeats are recognised and get 200 with no second reply.
/// </summary>
/// <remarks>
/// Ids are kept in two generations, each at most <see cref="Window"/> long: a new id goes into the current one, and
/// both are checked. When the current generation is a window old, or full, it becomes the previous one and the old
/// previous one is dropped whole. So an id is remembered for at least a window (unless a flood of new ids fills a
/// generation first) and memory stays bounded, without a lock or an expiry entry per id on every turn.
/// </remarks>
public sealed class RedeliveryGuard : IRedeliveryGuard
{
    /// <summary>How long an activity id is remembered, at least.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private const int MaxPerGeneration = 100_000;

    private readonly TimeProvider _time;
    private readonly Lock _rotation = new();
    private volatile Generations _generations;

    /// <summary>Creates a guard on the system clock.</summary>
    public RedeliveryGuard()
        : this(TimeProvider.System)
    {
    }

    /// <summary>Creates a guard on <paramref name="time"/>.</summary>
    /// <param name="time">The clock that ages generations.</param>
    public RedeliveryGuard(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
        _generations = new Generations(new Generation(), null, time.GetTimestamp());
    }

    /// <summary>True the first time this activity arrives in this conversation; false for a redelivery.</summary>
    public bool TryBegin(string? conversationId, string? activityId)
    {
        if (string.IsNullOrEmpty(activityId) || string.IsNullOrEmpty(conversationId))
        {
            return true;
        }

        var key = string.Concat(conversationId, "\n", activityId);
        var generations = Current();
        if (generations.Previous?.Ids.ContainsKey(key) == true || !generations.Current.Ids.TryAdd(key, 0))
        {
            return false;
        }

        Interlocked.Increment(ref generations.Current.Count);
        return true;
    }

    /// <inheritdoc />
    public ValueTask<bool> TryBeginAsync(string? conversationId, string? activityId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(TryBegin(conversationId, activityId));

    private Generations Current()
    {
        var generations = _generations;
        if (!IsDue(generations))
        {
            return generations;
        }

        lock (_rotation)
        {
            generations = _generations;
            if (IsDue(generations))
            {
                generations = new Generations(new Generation(), generations.Current, _time.GetTimestamp());
                _generations = generations;
            }

            return generations;
        }
    }

    // Volatile.Read: ConcurrentDictionary.Count would take every one of the dictionary's locks on every turn.
    private bool IsDue(Generations generations) =>
        Volatile.Read(ref generations.Current.Count) >= MaxPerGeneration || _time.GetElapsedTime(generations.Started) >= Window;

    private sealed record Generations(Generation Current, Generation? Previous, long Started);

    private sealed class Generation
    {
        public readonly ConcurrentDictionary<string, byte> Ids = new(StringComparer.Ordinal);

        // A field, not a property: it is incremented in place with Interlocked.
#pragma warning disable CA1051
        public int Count;
#pragma warning restore CA1051
    }
}
