using ChatBot.BotProtocol.Hosting;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatBot.Redis;

/// <summary>
/// The per-conversation token bucket, shared by every instance: one Lua script per turn refills the bucket by the time
/// elapsed on the Redis server's clock (so instances whose clocks differ refill it alike) and takes a token, atomically.
/// Without Redis, this instance's <see cref="ConversationRateLimiter"/> decides.
/// </summary>
/// <remarks>
/// RedisRateLimiting's token bucket was the alternative; it refills by each caller's clock and keys by its own fixed
/// prefix, so it did not fit.
/// </remarks>
internal sealed class RedisConversationRateLimiter : IConversationRateLimiter
{
    // KEYS[1] the bucket; ARGV[1] its size (the burst), ARGV[2] tokens per second. Returns 0 when a token was taken,
    // else the milliseconds until one will be there. Time in milliseconds: 13 digits, which every Redis writes back
    // exactly when the script stores it. The bucket expires once it would be full again.
    private const string TakeToken = """
        local burst = tonumber(ARGV[1])
        local perMillisecond = tonumber(ARGV[2]) / 1000
        local clock = redis.call('TIME')
        local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
        local bucket = redis.call('HMGET', KEYS[1], 'tokens', 'at')
        local tokens = burst
        if bucket[1] then
          tokens = math.min(burst, tonumber(bucket[1]) + math.max(0, now - tonumber(bucket[2])) * perMillisecond)
        end
        local wait = 0
        if tokens >= 1 then
          tokens = tokens - 1
        else
          wait = math.ceil((1 - tokens) / perMillisecond)
        end
        redis.call('HSET', KEYS[1], 'tokens', tokens, 'at', now)
        redis.call('PEXPIRE', KEYS[1], math.ceil(burst / perMillisecond) + 1000)
        return wait
        """;

    private readonly ConversationRateLimiter _local;
    private readonly RedisConnection _redis;
    private readonly bool _enabled;
    private readonly RedisValue _burst;
    private readonly RedisValue _turnsPerSecond;

    public RedisConversationRateLimiter(ConversationRateLimiter local, RedisConnection redis, IOptions<ConversationRateLimitOptions> options)
    {
        _local = local;
        _redis = redis;
        var settings = options.Value;
        _enabled = settings.Enabled;
        _burst = settings.Burst;
        _turnsPerSecond = settings.TurnsPerSecond;
    }

    public async ValueTask<RateLimitDecision> TryAcquireAsync(string? conversationId, CancellationToken cancellationToken)
    {
        if (!_enabled)
        {
            return RateLimitDecision.Acquired;
        }

        if (!_redis.TryGetDatabase(out var database))
        {
            return await _local.TryAcquireAsync(conversationId, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            var wait = (long)await database.ScriptEvaluateAsync(TakeToken, [_redis.Keys.Turns(conversationId ?? "")], [_burst, _turnsPerSecond])
                .WaitAsync(_redis.OperationTimeout, cancellationToken).ConfigureAwait(false);
            _redis.Succeeded();
            return wait == 0 ? RateLimitDecision.Acquired : RateLimitDecision.Refused(TimeSpan.FromMilliseconds(wait));
        }
        catch (Exception exception) when (RedisConnection.IsFailure(exception))
        {
            _redis.Failed(exception);
            return await _local.TryAcquireAsync(conversationId, cancellationToken).ConfigureAwait(false);
        }
    }
}
