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
    private const double CompactionPercentage = 0.1;

    private readonly MemoryCache _cache;
    private readonly TimeSpan _slidingExpiration;
    private readonly int _maxConversations;

    public MemoryConversationContextStore(IOptions<ConversationOptions> options, IMeterFactory meters)
    {
        var settings = options.Value;
        _maxConversations = settings.MaxConversations;
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = _maxConversations, CompactionPercentage = CompactionPercentage });
        _slidingExpiration = TimeSpan.FromMinutes(settings.SlidingExpirationMinutes);
        ConversationMetrics.Observe(meters, () => Count);
    }

    /// <summary>How many contexts the cache holds now: a counter read, not the statistics' sum over every thread.</summary>
    public long Count => _cache.Count;

    public ValueTask<ConversationContext> GetAsync(string conversationId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_cache.TryGetValue(conversationId, out ConversationContext? context) && context is not null ? context : ConversationContext.Empty);

    public ValueTask SetAsync(string conversationId, ConversationContext context, CancellationToken cancellationToken)
    {
        // A full MemoryCache refuses the entry being set (and drops the one it replaces), then compacts in the
        // background: the conversation would lose its context and its next follow-up. Make room first instead, by
        // evicting the least recently used tenth, as the background compaction would.
        if (Count >= _maxConversations)
        {
            _cache.Compact(CompactionPercentage);
        }

        _cache.Set(conversationId, context, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = _slidingExpiration });
        return ValueTask.CompletedTask;
    }

    public void Dispose() => _cache.Dispose();
}
