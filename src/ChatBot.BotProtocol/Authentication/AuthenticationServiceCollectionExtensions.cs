using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatBot.BotProtocol.Authentication;

/// <summary>Registers inbound authentication.</summary>
internal static class AuthenticationServiceCollectionExtensions
{
    // A hung metadata fetch holds the refresh lock every request waits on; fail fast instead.
    private static readonly TimeSpan MetadataTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Registers the <see cref="IRequestAuthenticator"/> for the configured mode: Bot Framework channel tokens when
    /// <see cref="BotFrameworkOptions.MicrosoftAppId"/> is set, anonymous development mode otherwise; and the
    /// <see cref="OpenIdMetadataHttpClient.Name"/> HTTP client the token keys are fetched with.
    /// </summary>
    /// <param name="services">The service collection; <see cref="BotFrameworkOptions"/> must be registered.</param>
    /// <returns><paramref name="services"/>.</returns>
    internal static IServiceCollection AddBotAuthentication(this IServiceCollection services)
    {
        services.AddHttpClient(OpenIdMetadataHttpClient.Name, client => client.Timeout = MetadataTimeout);
        services.TryAddSingleton<IRequestAuthenticator>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<BotFrameworkOptions>>();
            return options.Value.IsAnonymous
                ? new AnonymousDevelopmentAuthenticator(options)
                : new ChannelTokenAuthenticator(options, provider.GetRequiredService<IHttpClientFactory>());
        });
        return services;
    }
}
