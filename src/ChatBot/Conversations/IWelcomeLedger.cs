namespace ChatBot.Conversations;

/// <summary>
/// Which conversations have had the welcome card. Teams (and the Agents Playground) announce an installation with both
/// installationUpdate and conversationUpdate, and a team sends one update per member; the two can reach different
/// instances. One card per conversation only.
/// </summary>
public interface IWelcomeLedger
{
    /// <summary>True the first time for <paramref name="conversationId"/>, when the welcome should be sent.</summary>
    /// <param name="conversationId">The conversation the bot was added to.</param>
    /// <param name="cancellationToken">Cancels the check (the request was aborted).</param>
    ValueTask<bool> TryWelcomeAsync(string conversationId, CancellationToken cancellationToken);
}
