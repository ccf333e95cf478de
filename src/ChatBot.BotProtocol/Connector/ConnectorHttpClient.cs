namespace ChatBot.BotProtocol.Connector;

/// <summary>The named <see cref="HttpClient"/> every connector client uses.</summary>
public static class ConnectorHttpClient
{
    /// <summary>
    /// The <see cref="IHttpClientFactory"/> client name. Host tests can swap its primary handler for a recording one:
    /// <c>services.AddHttpClient(ConnectorHttpClient.Name).ConfigurePrimaryHttpMessageHandler(...)</c>.
    /// </summary>
    public const string Name = "ChatBot.BotProtocol.Connector";
}
