namespace ChatBot.BotProtocol.Connector;

/// <summary>The named <see cref="HttpClient"/>s the connector uses.</summary>
public static class ConnectorHttpClient
{
    /// <summary>
    /// The <see cref="IHttpClientFactory"/> client name. Host tests can swap its primary handler for a recording one:
    /// <c>services.AddHttpClient(ConnectorHttpClient.Name).ConfigurePrimaryHttpMessageHandler(...)</c>.
    /// </summary>
    public const string Name = "ChatBot.BotProtocol.Connector";

    /// <summary>
    /// The client MSAL uses to fetch the outbound token (Entra ID token endpoint or managed-identity endpoint). Tests
    /// answer it with their own primary handler so no token request leaves the machine.
    /// </summary>
    public const string TokenName = "ChatBot.BotProtocol.ConnectorToken";
}
