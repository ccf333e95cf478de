namespace ChatBot.BotProtocol.Connector;

/// <summary>Decides which connector base URLs the bot may send replies to.</summary>
public interface IServiceUrlPolicy
{
    /// <summary>Whether replies may be sent to <paramref name="serviceUrl"/>.</summary>
    /// <param name="serviceUrl">The activity's serviceUrl.</param>
    /// <returns>True if allowed.</returns>
    bool IsAllowed(string serviceUrl);
}
