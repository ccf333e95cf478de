using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatBot.BotProtocol.Connector;

/// <summary>Registers the outbound half of the protocol: connector clients, their token and their retries.</summary>
internal static class ConnectorServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IConnectorClientFactory"/> on the <see cref="ConnectorHttpClient.Name"/> client with the
    /// retry handler (outer) and the token handler (inner, so every attempt carries a valid token), the MSAL client
    /// <see cref="ConnectorHttpClient.TokenName"/>, <see cref="ConnectorTokenOptions"/> from the configuration root
    /// and <see cref="ConnectorRetryOptions"/>. Reads <c>IOptions&lt;BotFrameworkOptions&gt;</c> (registered by
    /// <c>AddBotFramework</c>) and, if registered, the <see cref="IConfiguration"/> root.
    /// </summary>
    internal static IServiceCollection AddBotConnector(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.TryAddSingleton(TimeProvider.System);
        // The configuration root from the container (the host registers it); without one the public-cloud defaults stay.
        services.AddOptions<ConnectorTokenOptions>()
            .Configure<IServiceProvider>((options, provider) => Bind(options, provider.GetService<IConfiguration>()));
        services.AddOptions<ConnectorRetryOptions>()
            .Configure<IServiceProvider>((options, provider) =>
                provider.GetService<IConfiguration>()?.GetSection(ConnectorRetryOptions.SectionName).Bind(options))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton<MsalHttpClientFactory>();
        services.TryAddSingleton<ConnectorTokenProvider>();
        services.TryAddTransient<ConnectorRetryHandler>();
        services.TryAddTransient<ConnectorTokenHandler>();

        // Header values (the bearer token above all) never reach the HttpClient logs.
        services.AddHttpClient(ConnectorHttpClient.TokenName)
            .RedactLoggedHeaders(static _ => true);
        services.AddHttpClient(ConnectorHttpClient.Name)
            .AddHttpMessageHandler<ConnectorRetryHandler>()
            .AddHttpMessageHandler<ConnectorTokenHandler>()
            .RedactLoggedHeaders(static _ => true);

        services.TryAddSingleton<IServiceUrlPolicy, ServiceUrlPolicy>();
        services.TryAddSingleton<IConnectorClientFactory, ConnectorClientFactory>();
        return services;
    }

    private static void Bind(ConnectorTokenOptions options, IConfiguration? configuration)
    {
        if (configuration is null)
        {
            return;
        }

        if (configuration[nameof(ConnectorTokenOptions.ToChannelFromBotLoginUrl)] is { Length: > 0 } loginUrl)
        {
            options.ToChannelFromBotLoginUrl = loginUrl;
        }

        if (configuration[nameof(ConnectorTokenOptions.ToChannelFromBotOAuthScope)] is { Length: > 0 } scope)
        {
            options.ToChannelFromBotOAuthScope = scope;
        }
    }
}
