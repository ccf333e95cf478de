using System.Net;
using System.Text.Json.Nodes;

namespace ChatBot.Tests.Redis;

/// <summary>
/// Two in-process hosts of the real bot, A and B, sharing one Redis under one key prefix: two instances of one
/// deployment behind Azure Bot Service, which sends each activity to either.
/// </summary>
internal sealed class TwoInstances : IDisposable
{
    public TwoInstances(RedisServer redis, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var shared = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["ConnectionStrings:Redis"] = redis.ConnectionString,
            ["Redis:KeyPrefix"] = $"tests:{Guid.NewGuid():N}",
        };
        A = new BotApplication(shared);
        B = new BotApplication(shared);
        ClientA = A.CreateClient();
        ClientB = B.CreateClient();
    }

    public BotApplication A { get; }

    public BotApplication B { get; }

    public HttpClient ClientA { get; }

    public HttpClient ClientB { get; }

    /// <summary>The replies both instances POSTed to the connector (normal delivery), typing indicators left out.</summary>
    public IReadOnlyList<string> MessagesSent =>
        [.. A.Connector.Requests.Concat(B.Connector.Requests).Select(request => request.Body).Where(body => (string?)JsonNode.Parse(body)!["type"] == "message")];

    /// <summary>Asks <paramref name="text"/> in <paramref name="conversationId"/> with expectReplies; the text of every reply.</summary>
    public static async Task<string> AskAsync(HttpClient client, string conversationId, string text)
    {
        var response = await Activities.PostAsync(client, Activities.Message(text, conversationId: conversationId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Activities.AllText(await Activities.RepliesAsync(response));
    }

    /// <summary>
    /// Two instances that both see Redis, each waiting up to <paramref name="operationTimeoutMilliseconds"/> for a call:
    /// for tests of what they share, which the start-up connection race or a slow call on a busy test machine
    /// must not turn into a turn read without its context.
    /// </summary>
    public static async Task<TwoInstances> SharingAsync(RedisServer redis, IReadOnlyDictionary<string, string?>? settings = null, int operationTimeoutMilliseconds = 2000)
    {
        var withTimeout = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Redis:OperationTimeoutMilliseconds"] = $"{operationTimeoutMilliseconds}",
        };
        var two = new TwoInstances(redis, withTimeout);
        await two.UntilBothSeeRedisAsync();
        return two;
    }

    /// <summary>Waits until /healthz/redis answers on both instances.</summary>
    public async Task UntilBothSeeRedisAsync() =>
        await Eventually.UntilAsync(async () => await RedisHealthyAsync(ClientA) && await RedisHealthyAsync(ClientB));

    /// <summary>Whether the instance's /healthz/redis says Redis answers.</summary>
    public static async Task<bool> RedisHealthyAsync(HttpClient client) =>
        (await client.GetAsync("/healthz/redis")).StatusCode == HttpStatusCode.OK;

    public void Dispose()
    {
        ClientA.Dispose();
        ClientB.Dispose();
        A.Dispose();
        B.Dispose();
    }
}
