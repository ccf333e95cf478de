using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace ChatBot.BotProtocol.Connector;

/// <summary>
/// Adds <c>Authorization: Bearer</c> with the outbound token to connector calls. A bot without a Microsoft App ID
/// (anonymous development mode) sends none, as the Emulator and Agents Playground expect.
/// </summary>
internal sealed class ConnectorTokenHandler(IOptions<BotFrameworkOptions> options, ConnectorTokenProvider tokenProvider)
    : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!options.Value.IsAnonymous)
        {
            var token = await tokenProvider.GetTokenAsync(cancellationToken).ConfigureAwait(false);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
