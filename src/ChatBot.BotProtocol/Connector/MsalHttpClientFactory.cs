using Microsoft.Identity.Client;

namespace ChatBot.BotProtocol.Connector;

/// <summary>Gives MSAL the <see cref="ConnectorHttpClient.TokenName"/> client, so its handlers are pooled and replaceable.</summary>
internal sealed class MsalHttpClientFactory(IHttpClientFactory httpClientFactory) : IMsalHttpClientFactory
{
    public HttpClient GetHttpClient() => httpClientFactory.CreateClient(ConnectorHttpClient.TokenName);
}
