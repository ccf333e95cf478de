using System.Diagnostics.Metrics;
using ChatBot.Knowledge.Understanding;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace ChatBot.Conversations;

/// <summary>
/// Conversation contexts in a size-limited <see cref="IMemoryCache"/> of its own, with a sliding expiry. How many it
/// holds is published as a gauge (<see cref="ConversationMetrics"/>).
/// </summary>
internal sealed class MemoryConversationContextStore : IConversationContextStore, IDisposable
{
    private readonly MemoryCache _cache;
    private readonly TimeSpan _slidingExpiration;

    public MemoryConversationContextStore(IOptions<ConversationOptions> options, IMeterFactory meters)
    {
        var settings = options.Value;
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = settings.MaxConversations, CompactionPercentage = 0.1, TrackStatistics = true });
        _slidingExpiration = TimeSpan.FromMinutes(settings.SlidingExpirationMinutes);
        ConversationMetrics.Observe(meters, () => Count);
    }

    /// <summary>How many contexts the cache holds now.</summary>
    public long Count => _cache.GetCurrentStatistics()?.CurrentEntryCount ?? 0;

    public ConversationContext Get(string conversationId) =>
        _cache.TryGetValue(conversationId, out ConversationContext? context) && context is not null ? context : ConversationContext.Empty;

    public void Set(string conversationId, ConversationContext context) =>
        _cache.Set(conversationId, context, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = _slidingExpiration });

    public void Dispose() => _cache.Dispose();
}
