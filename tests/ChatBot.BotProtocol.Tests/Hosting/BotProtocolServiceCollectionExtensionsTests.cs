using ChatBot.BotProtocol.Authentication;
using ChatBot.BotProtocol.Connector;
using ChatBot.BotProtocol.Hosting;
using ChatBot.BotProtocol.Schema;
using ChatBot.BotProtocol.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.BotProtocol.Tests.Hosting;

public class BotProtocolServiceCollectionExtensionsTests
{
    [Fact]
    public void AddBotFramework_Configuration_BindsRootKeysAndTheSection()
    {
        using var provider = BuildProvider(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "",
            ["MicrosoftAppPassword"] = "pw",
            ["MicrosoftAppTenantId"] = "tenant-1",
            ["MicrosoftAppType"] = "SingleTenant",
            ["BotFramework:AllowedServiceUrls:0"] = "https://smba.trafficmanager.net/amer/",
            ["BotFramework:AllowedServiceUrls:1"] = "localhost",
            ["BotFramework:MaxRequestBodyBytes"] = "1000",
        });

        var options = provider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;

        Assert.True(options.IsAnonymous);
        Assert.Equal("pw", options.MicrosoftAppPassword);
        Assert.Equal("tenant-1", options.MicrosoftAppTenantId);
        Assert.Equal("SingleTenant", options.MicrosoftAppType);
        Assert.Equal(["https://smba.trafficmanager.net/amer/", "localhost"], options.AllowedServiceUrls);
        Assert.Equal(1000, options.MaxRequestBodyBytes);
    }

    [Fact]
    public void AddBotFramework_EmptyConfiguration_UsesDefaults()
    {
        using var provider = BuildProvider([]);

        var options = provider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;

        Assert.True(options.IsAnonymous);
        Assert.Empty(options.AllowedServiceUrls);
        Assert.Equal(262144, options.MaxRequestBodyBytes);
    }

    [Fact]
    public void AddBotFramework_MicrosoftAppIdWithoutPassword_FailsAtStartUp()
    {
        using var provider = BuildProvider(new Dictionary<string, string?> { ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001" });

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("MicrosoftAppPassword is required", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddBotFramework_NonPositiveBodyLimit_FailsAtStartUp()
    {
        using var provider = BuildProvider(new Dictionary<string, string?> { ["BotFramework:MaxRequestBodyBytes"] = "0" });

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
    }

    [Fact]
    public void AddBotFramework_Registrations_ResolveAsSingletons()
    {
        using var provider = BuildProvider([]);

        Assert.Same(provider.GetRequiredService<CloudAdapter>(), provider.GetRequiredService<CloudAdapter>());
        Assert.IsType<AnonymousDevelopmentAuthenticator>(provider.GetRequiredService<IRequestAuthenticator>());
        Assert.IsType<ServiceUrlPolicy>(provider.GetRequiredService<IServiceUrlPolicy>());
        Assert.IsType<ConnectorClientFactory>(provider.GetRequiredService<IConnectorClientFactory>());
    }

    [Fact]
    public void AddBotFramework_NothingElseRegistered_GuardsRedeliveriesAndLimitsTurnsInProcess()
    {
        using var provider = BuildProvider([]);

        Assert.Same(provider.GetRequiredService<RedeliveryGuard>(), provider.GetRequiredService<IRedeliveryGuard>());
        Assert.Same(provider.GetRequiredService<ConversationRateLimiter>(), provider.GetRequiredService<IConversationRateLimiter>());
    }

    [Fact]
    public void AddBotFramework_GuardAndLimiterRegisteredByTheHostFirst_KeepsTheHostsOnes()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        var guard = new RedeliveryGuard();
        using var limiter = new ConversationRateLimiter(Options.Create(new ConversationRateLimitOptions()));
        services.AddSingleton<IRedeliveryGuard>(guard);
        services.AddSingleton<IConversationRateLimiter>(limiter);
        services.AddBotFramework(new ConfigurationBuilder().Build());
        using var provider = services.BuildServiceProvider();

        Assert.Same(guard, provider.GetRequiredService<IRedeliveryGuard>());
        Assert.Same(limiter, provider.GetRequiredService<IConversationRateLimiter>());
    }

    [Fact]
    public async Task AddBotFramework_ConnectorClientPrimaryHandlerSwapped_SendsThroughIt()
    {
        var handler = new RecordingHttpMessageHandler();
        var services = Services([]);
        services.AddHttpClient(ConnectorHttpClient.Name).ConfigurePrimaryHttpMessageHandler(() => handler);
        using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<IConnectorClientFactory>().Create("http://localhost:3978/");
        await client.SendToConversationAsync("c1", new Activity { Type = ActivityTypes.Message }, CancellationToken.None);

        Assert.Equal("http://localhost:3978/v3/conversations/c1/activities", Assert.Single(handler.Requests).Uri.AbsoluteUri);
    }

    [Fact]
    public async Task AddBotFramework_AnonymousMode_WarnsAtStartUp()
    {
        var logger = new RecordingLogger<AnonymousModeWarning>();
        var services = Services([]);
        services.AddSingleton<ILogger<AnonymousModeWarning>>(logger);
        using var provider = services.BuildServiceProvider();

        foreach (var hostedService in provider.GetServices<IHostedService>())
        {
            await hostedService.StartAsync(CancellationToken.None);
        }

        var entry = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Contains("anonymous development mode", entry.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider BuildProvider(Dictionary<string, string?> settings) =>
        Services(settings).BuildServiceProvider();

    private static ServiceCollection Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddBotFramework(configuration);
        return services;
    }
}
