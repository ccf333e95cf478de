using ChatBot.BotProtocol.Connector;
using ChatBot.BotProtocol.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatBot.BotProtocol.Tests.Connector;

public class ConnectorServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddBotConnector_NoConfigurationRegistered_SendsAnonymouslyWithDefaultTokenSettings()
    {
        var connector = new ScriptedHttpMessageHandler();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddOptions();
        services.AddBotConnector();
        services.AddHttpClient(ConnectorHttpClient.Name).ConfigurePrimaryHttpMessageHandler(() => connector);
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var client = provider.GetRequiredService<IConnectorClientFactory>().Create("http://localhost:3978/");
        await client.SendToConversationAsync("c1", new Activity { Type = ActivityTypes.Message }, CancellationToken.None);

        Assert.False(Assert.Single(connector.Requests).Headers.ContainsKey("Authorization"));
        var tokenOptions = provider.GetRequiredService<IOptions<ConnectorTokenOptions>>().Value;
        Assert.Equal("https://login.microsoftonline.com/botframework.com", tokenOptions.ToChannelFromBotLoginUrl);
        Assert.Equal("https://api.botframework.com", tokenOptions.ToChannelFromBotOAuthScope);
    }

    [Theory]
    [InlineData("MaxRetries", "11")]
    [InlineData("BaseDelay", "00:00:00")]
    [InlineData("MaxDelay", "01:00:00")]
    public void AddBotConnector_UnboundedRetrySetting_FailsAtStartNamingIt(string key, string value)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"BotFramework:ConnectorRetry:{key}"] = value })
            .Build());
        services.AddBotConnector();
        using var provider = services.BuildServiceProvider();

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ConnectorRetryOptions>>().Value);

        Assert.Contains(key, failure.Message, StringComparison.Ordinal);
    }
}
