namespace ChatBot.BotProtocol.Connector;

/// <summary>Creates connector clients for a serviceUrl.</summary>
public interface IConnectorClientFactory
{
    /// <summary>Creates a client for <paramref name="serviceUrl"/>.</summary>
    /// <param name="serviceUrl">The connector base URL from the activity.</param>
    /// <returns>The client.</returns>
    /// <exception cref="ArgumentException">The <see cref="IServiceUrlPolicy"/> refuses the URL.</exception>
    IConnectorClient Create(string serviceUrl);
}
