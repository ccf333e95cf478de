using Microsoft.Extensions.Caching.Memory;

namespace ChatBot.BotProtocol.Hosting;

/// <summary>
/// Teams resends an activity it thinks timed out, with the same id. The first delivery of an (conversation, activity
/// id) pair within the window runs; repeats are recognised and get 200 with no second reply. Bounded in size.
/// </summary>
public sealed class RedeliveryGuard : IDisposable
{
    /// <summary>How long an activity id is remembered.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private const int MaxRemembered = 100_000;

    private readonly MemoryCache _seen = new(new MemoryCacheOptions { SizeLimit = MaxRemembered, CompactionPercentage = 0.1 });
    private readonly Lock _gate = new();

    /// <summary>True the first time this activity arrives in this conversation; false for a redelivery.</summary>
    public bool TryBegin(string? conversationId, string? activityId)
    {
        if (string.IsNullOrEmpty(activityId) || string.IsNullOrEmpty(conversationId))
        {
            return true;
        }

        var key = $"{conversationId}\n{activityId}";
        lock (_gate)
        {
            if (_seen.TryGetValue(key, out _))
            {
                return false;
            }

            _seen.Set(key, true, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Window });
            return true;
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _seen.Dispose();
}
