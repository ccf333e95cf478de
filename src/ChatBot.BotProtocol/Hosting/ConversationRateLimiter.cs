using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ChatBot.BotProtocol.Hosting;

/// <summary>
/// The per-conversation limit, on the token buckets of System.Threading.RateLimiting (what ASP.NET Core's rate
/// limiting middleware runs on). It is applied in the adapter rather than as middleware because the conversation id
/// is inside the activity, which only the adapter reads. A conversation's bucket is dropped once it is full again and
/// idle, so a flood of made-up conversation ids costs memory only while it lasts.
/// </summary>
public sealed class ConversationRateLimiter : IConversationRateLimiter, IDisposable
{
    private readonly PartitionedRateLimiter<string>? _limiter;

    /// <summary>Creates the limiter from its settings.</summary>
    /// <param name="options">The limit; disabled means every turn is let through.</param>
    public ConversationRateLimiter(IOptions<ConversationRateLimitOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        var bucket = new TokenBucketRateLimiterOptions
        {
            TokenLimit = settings.Burst,
            TokensPerPeriod = settings.TurnsPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        };
        _limiter = PartitionedRateLimiter.Create<string, string>(
            conversationId => RateLimitPartition.GetTokenBucketLimiter(conversationId, _ => bucket),
            StringComparer.Ordinal);
    }

    /// <summary>Takes one turn from <paramref name="conversationId"/>'s bucket.</summary>
    /// <param name="conversationId">The conversation; activities without one share a single bucket.</param>
    /// <param name="retryAfter">When refused, how long until a turn is likely to be let through.</param>
    /// <returns>True when the turn may run.</returns>
    public bool TryAcquire(string? conversationId, out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        if (_limiter is null)
        {
            return true;
        }

        using var lease = _limiter.AttemptAcquire(conversationId ?? string.Empty);
        if (lease.IsAcquired)
        {
            return true;
        }

        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        return false;
    }

    /// <inheritdoc />
    public ValueTask<RateLimitDecision> TryAcquireAsync(string? conversationId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(TryAcquire(conversationId, out var retryAfter) ? RateLimitDecision.Acquired : RateLimitDecision.Refused(retryAfter));

    /// <inheritdoc />
    public void Dispose() => _limiter?.Dispose();
}
