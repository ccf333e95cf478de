using System.Net;
using ChatBot.BotProtocol.Hosting;
using ChatBot.Conversations;
using ChatBot.Redis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace ChatBot.Tests.Redis;

/// <summary>The switch: Redis only when ConnectionStrings:Redis is set, with its settings checked at start-up.</summary>
public sealed class RedisServiceCollectionExtensionsTests
{
    // Nothing listens on port 1: these hosts start without Redis and go on without it.
    private const string NoServer = "127.0.0.1:1";

    [Fact]
    public async Task Start_WithoutAConnectionString_KeepsEveryInMemoryImplementationAndNoRedisEndpoint()
    {
        // Empty, even when the suite runs with ConnectionStrings__Redis set.
        using var app = new BotApplication(new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = "" });
        using var client = app.CreateClient();

        Assert.IsType<MemoryConversationContextStore>(app.Services.GetRequiredService<IConversationContextStore>());
        Assert.IsType<WelcomeLedger>(app.Services.GetRequiredService<IWelcomeLedger>());
        Assert.IsType<RedeliveryGuard>(app.Services.GetRequiredService<IRedeliveryGuard>());
        Assert.IsType<ConversationRateLimiter>(app.Services.GetRequiredService<IConversationRateLimiter>());
        Assert.Null(app.Services.GetService<RedisConnection>());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/healthz/redis")).StatusCode);
    }

    [Fact]
    public async Task Start_WithAConnectionString_PutsContextRedeliveriesWelcomesAndTheLimitInRedis()
    {
        using var app = new BotApplication(new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = NoServer });
        using var client = app.CreateClient();

        Assert.IsType<RedisConversationContextStore>(app.Services.GetRequiredService<IConversationContextStore>());
        Assert.IsType<RedisWelcomeLedger>(app.Services.GetRequiredService<IWelcomeLedger>());
        Assert.IsType<RedisRedeliveryGuard>(app.Services.GetRequiredService<IRedeliveryGuard>());
        Assert.IsType<RedisConversationRateLimiter>(app.Services.GetRequiredService<IConversationRateLimiter>());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/healthz/redis")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
    }

    [Fact]
    public void AddRedisSharing_NoKeyPrefix_PrefixesKeysWithTheEnvironmentsName()
    {
        using var provider = Services(new() { ["Redis:KeyPrefix"] = "" }, environment: "Staging West").BuildServiceProvider();

        Assert.Equal("skills-bot:staging-west", provider.GetRequiredService<IOptions<RedisOptions>>().Value.KeyPrefix);
    }

    [Theory]
    [InlineData("Redis:KeyPrefix", "two words", "Redis:KeyPrefix")]
    [InlineData("Redis:KeyPrefix", "ends-with:", "Redis:KeyPrefix")]
    [InlineData("Redis:OperationTimeoutMilliseconds", "0", "OperationTimeoutMilliseconds")]
    [InlineData("Redis:ConnectTimeoutMilliseconds", "-1", "ConnectTimeoutMilliseconds")]
    public void AddRedisSharing_AnInvalidSetting_FailsAtStartUpNamingIt(string key, string value, string named)
    {
        using var provider = Services(new() { [key] = value }).BuildServiceProvider();

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddRedisSharing_AConnectionStringRedisCannotRead_FailsNamingTheKeywordNotTheValues()
    {
        using var provider = Services(new() { ["ConnectionStrings:Redis"] = "127.0.0.1:6379,password=s3cret,nosuchkeyword=1" }).BuildServiceProvider();

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<RedisConnection>());

        Assert.Contains("ConnectionStrings:Redis", failure.Message, StringComparison.Ordinal);
        Assert.Contains("nosuchkeyword", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", failure.ToString(), StringComparison.Ordinal);
    }

    /// <summary>The registrations alone, as Program makes them, over a Redis nothing listens on.</summary>
    private static ServiceCollection Services(Dictionary<string, string?> settings, string environment = "Development")
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = NoServer })
            .AddInMemoryCollection(settings)
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = environment });
        services.AddBotFramework(configuration);
        Assert.True(services.AddRedisSharing(configuration));
        return services;
    }
}
