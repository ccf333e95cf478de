using ChatBot.BotProtocol.Connector;
using Microsoft.IdentityModel.Protocols;

namespace ChatBot.BotProtocol.Authentication;

/// <summary>
/// Fetches metadata documents through the <see cref="OpenIdMetadataHttpClient.Name"/> client, a fresh client per
/// fetch so the factory's handler rotation applies. https is required except for a loopback host.
/// </summary>
internal sealed class HttpClientFactoryDocumentRetriever(IHttpClientFactory httpClientFactory) : IDocumentRetriever
{
    public async Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        using var client = httpClientFactory.CreateClient(OpenIdMetadataHttpClient.Name);
        var retriever = new HttpDocumentRetriever(client) { RequireHttps = !IsHttpLoopback(address) };
        return await retriever.GetDocumentAsync(address, cancel).ConfigureAwait(false);
    }

    internal static bool IsHttpLoopback(string? address) =>
        ServiceUrlPolicy.TryParseHttpUrl(address, out var uri)
        && uri.Scheme == Uri.UriSchemeHttp
        && ServiceUrlPolicy.IsLoopback(uri);
}
