using System.Text.Json;
using ChatBot.BotProtocol.Hosting;
using ChatBot.Conversations;
using ChatBot.Knowledge.Understanding;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;

namespace ChatBot.Redis;

/// <summary>
/// Conversation contexts in Redis through <see cref="IDistributedCache"/>, so the next turn of a conversation finds its
/// context on whichever instance it reaches. A small JSON document per conversation with the same sliding expiry as in
/// memory; the last writer wins, as the SDK's conversation state does without an ETag. Without Redis, or when an entry
/// cannot be read, the context is empty and the question is read on its own.
/// </summary>
/// <remarks>Not HybridCache: its local copy would not be invalidated when another instance writes.</remarks>
internal sealed partial class RedisConversationContextStore(
    IDistributedCache cache,
    RedisConnection redis,
    IOptions<ConversationOptions> options,
    ILogger<RedisConversationContextStore> logger) : IConversationContextStore
{
    private readonly DistributedCacheEntryOptions _expiry = new() { SlidingExpiration = TimeSpan.FromMinutes(options.Value.SlidingExpirationMinutes) };

    public async ValueTask<ConversationContext> GetAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (!redis.IsAvailable)
        {
            return ConversationContext.Empty;
        }

        var key = RedisKeys.Id(conversationId);
        byte[]? json;
        try
        {
            // Reading renews the sliding expiry, as in memory.
            json = await cache.GetAsync(key, cancellationToken).WaitAsync(redis.OperationTimeout, cancellationToken).ConfigureAwait(false);
            redis.Succeeded();
        }
        catch (Exception exception) when (RedisConnection.IsFailure(exception))
        {
            redis.Failed(exception);
            return ConversationContext.Empty;
        }

        if (json is null)
        {
            return ConversationContext.Empty;
        }

        try
        {
            return JsonSerializer.Deserialize(json, ConversationContextJsonContext.Default.ConversationContext) ?? ConversationContext.Empty;
        }
        catch (JsonException exception)
        {
            // Removed, so it is reported once rather than on every turn until the context changes.
            LogUnreadable(logger, conversationId, exception.Message);
            await RemoveAsync(key, cancellationToken).ConfigureAwait(false);
            return ConversationContext.Empty;
        }
    }

    public async ValueTask SetAsync(string conversationId, ConversationContext context, CancellationToken cancellationToken)
    {
        if (!redis.IsAvailable)
        {
            return;
        }

        var json = JsonSerializer.SerializeToUtf8Bytes(context, ConversationContextJsonContext.Default.ConversationContext);
        try
        {
            await cache.SetAsync(RedisKeys.Id(conversationId), json, _expiry, cancellationToken).WaitAsync(redis.OperationTimeout, cancellationToken).ConfigureAwait(false);
            redis.Succeeded();
        }
        catch (Exception exception) when (RedisConnection.IsFailure(exception))
        {
            redis.Failed(exception);
        }
    }

    private async Task RemoveAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            await cache.RemoveAsync(key, cancellationToken).WaitAsync(redis.OperationTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (RedisConnection.IsFailure(exception))
        {
            redis.Failed(exception);
        }
    }

    // The fault is the serializer's message (a path and a position); a context holds store identifiers, never typed text.
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning,
        Message = "The stored context of conversation {ConversationId} could not be read ({Fault}); it was removed and the conversation goes on without it")]
    private static partial void LogUnreadable(ILogger logger, LoggedId conversationId, string fault);
}
