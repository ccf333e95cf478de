using System.Net;
using ChatBot.BotProtocol.Hosting;
using ChatBot.Conversations;
using ChatBot.Redis;
using Microsoft.Extensions.DependencyInjection;
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
        using var app = new BotApplication();
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
    public void Start_WithoutAKeyPrefix_PrefixesKeysWithTheEnvironmentsName()
    {
        using var app = new BotApplication(new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = NoServer, ["Redis:KeyPrefix"] = "" });
        using var client = app.CreateClient();

        Assert.Equal("skills-bot:development", app.Services.GetRequiredService<IOptions<RedisOptions>>().Value.KeyPrefix);
    }

    [Theory]
    [InlineData("Redis:KeyPrefix", "two words", "Redis:KeyPrefix")]
    [InlineData("Redis:KeyPrefix", "ends-with:", "Redis:KeyPrefix")]
    [InlineData("Redis:OperationTimeoutMilliseconds", "0", "OperationTimeoutMilliseconds")]
    [InlineData("Redis:ConnectTimeoutMilliseconds", "-1", "ConnectTimeoutMilliseconds")]
    [InlineData("ConnectionStrings:Redis", "127.0.0.1:6379,nosuchkeyword=1", "ConnectionStrings:Redis")]
    public void Start_WithAnInvalidRedisSetting_FailsNamingIt(string key, string value, string named)
    {
        using var app = new BotApplication(new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = NoServer, [key] = value });

        var failure = Assert.Throws<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }
}
