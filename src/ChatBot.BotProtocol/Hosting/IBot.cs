namespace ChatBot.BotProtocol.Hosting;

/// <summary>The bot: handles one turn, that is one inbound activity.</summary>
public interface IBot
{
    /// <summary>Handles the activity in <paramref name="turnContext"/>, replying through it.</summary>
    /// <param name="turnContext">The inbound activity and the way to send.</param>
    /// <param name="cancellationToken">Cancels the turn (the caller went away).</param>
    /// <returns>A task that completes when the turn is done.</returns>
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
