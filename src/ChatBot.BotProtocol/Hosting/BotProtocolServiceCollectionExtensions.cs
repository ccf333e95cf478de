using ChatBot.BotProtocol.Authentication;
using ChatBot.BotProtocol.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatBot.BotProtocol.Hosting;

/// <summary>Registers the protocol layer.</summary>
public static class BotProtocolServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="BotFrameworkOptions"/> (validated on start), the <see cref="CloudAdapter"/>, the request
    /// authenticator, the service URL policy and the connector client factory on the
    /// <see cref="ConnectorHttpClient.Name"/> HTTP client. The host registers its <see cref="IBot"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration root: <c>MicrosoftApp*</c> keys and the <c>BotFramework</c> section.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddBotFramework(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<BotFrameworkOptions>()
            .Configure(options => Bind(options, configuration))
            .ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>());
        services.AddHostedService<AnonymousModeWarning>();

        // Inbound: the channel's token (or anonymous development mode). Outbound: the connector, its token and retries.
        services.AddBotAuthentication();
        services.AddBotConnector();

        services.AddOptions<ConversationRateLimitOptions>()
            .Bind(configuration.GetSection(ConversationRateLimitOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        // The in-process guard and limiter; a host running several instances replaces the interfaces with shared ones.
        services.TryAddSingleton<ConversationRateLimiter>();
        services.TryAddSingleton<IConversationRateLimiter>(provider => provider.GetRequiredService<ConversationRateLimiter>());
        services.TryAddSingleton<RedeliveryGuard>();
        services.TryAddSingleton<IRedeliveryGuard>(provider => provider.GetRequiredService<RedeliveryGuard>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CloudAdapter>();
        return services;
    }

    private static void Bind(BotFrameworkOptions options, IConfiguration configuration)
    {
        options.MicrosoftAppId = configuration[nameof(BotFrameworkOptions.MicrosoftAppId)];
        options.MicrosoftAppPassword = configuration[nameof(BotFrameworkOptions.MicrosoftAppPassword)];
        options.MicrosoftAppTenantId = configuration[nameof(BotFrameworkOptions.MicrosoftAppTenantId)];
        options.MicrosoftAppType = configuration[nameof(BotFrameworkOptions.MicrosoftAppType)];
        options.ToBotFromChannelOpenIdMetadataUrl = configuration[nameof(BotFrameworkOptions.ToBotFromChannelOpenIdMetadataUrl)]
            ?? BotFrameworkOptions.DefaultToBotFromChannelOpenIdMetadataUrl;
        options.ToBotFromChannelTokenIssuer = configuration[nameof(BotFrameworkOptions.ToBotFromChannelTokenIssuer)]
            ?? BotFrameworkOptions.DefaultToBotFromChannelTokenIssuer;

        var section = configuration.GetSection(BotFrameworkOptions.SectionName);
        options.AllowedServiceUrls = [.. section.GetSection(nameof(BotFrameworkOptions.AllowedServiceUrls))
            .GetChildren()
            .Select(entry => entry.Value ?? string.Empty)];
        options.MaxRequestBodyBytes = section.GetValue(
            nameof(BotFrameworkOptions.MaxRequestBodyBytes),
            BotFrameworkOptions.DefaultMaxRequestBodyBytes);
    }
}
