using System.Text;
using ChatBot.Conversations;
using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Understanding;
using ChatBot.Redis;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace ChatBot.Tests.Redis;

/// <summary>Conversation contexts in a real redis-server: kept with the sliding expiry, and an unreadable one costs only itself.</summary>
public sealed class RedisConversationContextStoreTests(RedisServer redis) : IClassFixture<RedisServer>
{
    [Fact]
    public async Task SetAsync_AContext_IsKeptUnderThePrefixWithTheSlidingExpiry()
    {
        using var app = await StartAsync(new() { ["Conversations:SlidingExpirationMinutes"] = "30", ["Redis:KeyPrefix"] = "tests:expiry" });
        var store = app.Services.GetRequiredService<IConversationContextStore>();
        var context = new ConversationContext { SocCode = "43-5032.00", Level = ProficiencyLevel.Developing };

        await store.SetAsync("a:kept", context, CancellationToken.None);

        Assert.Equal(context, await store.GetAsync("a:kept", CancellationToken.None));
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        var timeToLive = await connection.GetDatabase().KeyTimeToLiveAsync("tests:expiry:context:a:kept");
        Assert.InRange(timeToLive ?? TimeSpan.Zero, TimeSpan.FromMinutes(29), TimeSpan.FromMinutes(30));
    }

    [Theory]
    [InlineData("{\"socCode\":")]
    [InlineData("{\"level\":\"NoSuchLevel\"}")]
    [InlineData("[1,2,3]")]
    [InlineData("\u00ff\u00fe not UTF-8")]
    public async Task GetAsync_AnUnreadableEntry_ReadsAsEmptyIsLoggedOnceAndRemoved(string stored)
    {
        using var app = await StartAsync([]);
        var cache = app.Services.GetRequiredService<IDistributedCache>();
        var store = app.Services.GetRequiredService<IConversationContextStore>();
        await cache.SetAsync("a:corrupt", Encoding.Latin1.GetBytes(stored), new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(5) });

        var first = await store.GetAsync("a:corrupt", CancellationToken.None);
        var second = await store.GetAsync("a:corrupt", CancellationToken.None);

        Assert.Same(ConversationContext.Empty, first);
        Assert.Same(ConversationContext.Empty, second);
        var logged = Assert.Single(app.Logs.Entries, entry => entry.Category == typeof(RedisConversationContextStore).FullName);
        Assert.Equal(LogLevel.Warning, logged.Level);
        Assert.Contains("a:corrupt", logged.Message, StringComparison.Ordinal);
        Assert.Null(await cache.GetAsync("a:corrupt"));
    }

    [Fact]
    public async Task Post_AfterAnUnreadableEntry_TheConversationGoesOnFromTheQuestionAlone()
    {
        using var app = await StartAsync([]);
        await app.Services.GetRequiredService<IDistributedCache>().SetAsync(Activities.ConversationId, "{broken"u8.ToArray(), new DistributedCacheEntryOptions());
        using var client = app.CreateClient();

        var answer = await TwoInstances.AskAsync(client, Activities.ConversationId, "and at advanced?");
        var followUp = await TwoInstances.AskAsync(client, Activities.ConversationId, "and at emerging?");

        Assert.Contains("Advanced level (Lead / Principal / Executive)", answer, StringComparison.Ordinal);
        Assert.Contains("Emerging level", followUp, StringComparison.Ordinal);
    }

    private async Task<BotApplication> StartAsync(Dictionary<string, string?> settings)
    {
        settings["ConnectionStrings:Redis"] = redis.ConnectionString;

        // These tests are about what is stored, not about timeouts: a slow call on a busy machine must not lose a turn's context.
        settings.TryAdd("Redis:OperationTimeoutMilliseconds", "2000");
        var app = new BotApplication(settings);
        using var client = app.CreateClient();
        await Eventually.UntilAsync(() => TwoInstances.RedisHealthyAsync(client));
        return app;
    }
}
