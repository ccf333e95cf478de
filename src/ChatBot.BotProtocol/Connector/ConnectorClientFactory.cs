namespace ChatBot.BotProtocol.Connector;

/// <summary>Creates <see cref="ConnectorClient"/>s on the named connector <see cref="HttpClient"/>.</summary>
internal sealed class ConnectorClientFactory(IHttpClientFactory httpClientFactory, IServiceUrlPolicy serviceUrlPolicy)
    : IConnectorClientFactory
{
    public IConnectorClient Create(string serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        if (!serviceUrlPolicy.IsAllowed(serviceUrl) || !Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri))
        {
            throw new ArgumentException("The serviceUrl is not allowed by the service URL policy.", nameof(serviceUrl));
        }

        return new ConnectorClient(httpClientFactory.CreateClient(ConnectorHttpClient.Name), uri);
    }
}
