namespace ChatBot.BotProtocol.Hosting;

/// <summary>
/// Tells a first delivery of an activity (run its turn) from a redelivery (Teams sends an activity again, with the same
/// id, when a bot takes over 15 s; answer 200 without a second turn). <see cref="RedeliveryGuard"/> remembers ids in
/// this process; a host that runs several instances registers one that also asks a store they share, since a
/// redelivery can reach any instance.
/// </summary>
public interface IRedeliveryGuard
{
    /// <summary>True the first time this activity arrives in this conversation; false for a redelivery.</summary>
    /// <param name="conversationId">The activity's conversation id.</param>
    /// <param name="activityId">The activity's id; an activity without one always runs.</param>
    /// <param name="cancellationToken">Cancels the check (the request was aborted).</param>
    ValueTask<bool> TryBeginAsync(string? conversationId, string? activityId, CancellationToken cancellationToken);
}
