namespace ChatBot.BotProtocol.Hosting;

/// <summary>
/// The per-conversation turn limit the adapter applies after authentication. <see cref="ConversationRateLimiter"/>
/// keeps its buckets in this process; a host that runs several instances registers one whose buckets they share, so
/// the limit does not grow with the number of instances.
/// </summary>
public interface IConversationRateLimiter
{
    /// <summary>Takes one turn from <paramref name="conversationId"/>'s bucket.</summary>
    /// <param name="conversationId">The conversation; activities without one share a single bucket.</param>
    /// <param name="cancellationToken">Cancels the check (the request was aborted).</param>
    /// <returns>Whether the turn may run, and when refused, how long until one is likely to be let through.</returns>
    ValueTask<RateLimitDecision> TryAcquireAsync(string? conversationId, CancellationToken cancellationToken);
}
