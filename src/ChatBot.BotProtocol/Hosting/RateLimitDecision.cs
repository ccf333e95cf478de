namespace ChatBot.BotProtocol.Hosting;

/// <summary>What an <see cref="IConversationRateLimiter"/> decided for one turn.</summary>
/// <param name="IsAcquired">True when the turn may run.</param>
/// <param name="RetryAfter">When refused, how long until a turn is likely to be let through; zero otherwise.</param>
public readonly record struct RateLimitDecision(bool IsAcquired, TimeSpan RetryAfter)
{
    /// <summary>The turn may run.</summary>
    public static RateLimitDecision Acquired { get; } = new(true, TimeSpan.Zero);

    /// <summary>The turn is refused; the caller is told to retry after <paramref name="retryAfter"/>.</summary>
    /// <param name="retryAfter">How long until a turn is likely to be let through.</param>
    public static RateLimitDecision Refused(TimeSpan retryAfter) => new(false, retryAfter);
}
