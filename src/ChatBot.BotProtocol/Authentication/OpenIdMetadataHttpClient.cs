namespace ChatBot.BotProtocol.Authentication;

/// <summary>The named <see cref="HttpClient"/> that fetches the channel's OpenID metadata and signing keys.</summary>
public static class OpenIdMetadataHttpClient
{
    /// <summary>
    /// The <see cref="IHttpClientFactory"/> client name. Tests can serve their own metadata by swapping its primary
    /// handler: <c>services.AddHttpClient(OpenIdMetadataHttpClient.Name).ConfigurePrimaryHttpMessageHandler(...)</c>.
    /// </summary>
    public const string Name = "ChatBot.BotProtocol.OpenIdMetadata";
}
