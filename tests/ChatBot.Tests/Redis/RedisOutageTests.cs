using System.Diagnostics;
using System.Net;
using ChatBot.Redis;

namespace ChatBot.Tests.Redis;

/// <summary>
/// Redis going away under two instances: every turn is still answered within a second (read on its own, with this
/// instance's own guards), the outage is logged once, and sharing comes back by itself when Redis does. Not run beside
/// other tests, so the one-second bound measures the bot rather than a crowded machine.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class RedisOutageTests
{
    private const string FirstQuestion = "communication skills for a developing dispatcher";
    private const string FollowUp = "and at advanced?";
    private const string SharedFollowUpAnswer = "Communication at Exceeding (Advanced)";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(1);

    // Half the bound: a turn waits on at most one call that times out, so it still answers within the second, while a
    // call slowed by a busy test machine (not an outage) is not taken for one.
    private static readonly Dictionary<string, string?> Settings = new() { ["Redis:OperationTimeoutMilliseconds"] = "500" };

    [Fact]
    public async Task Post_RedisStoppedMidConversation_BothAnswerWithinASecondAndSharingResumesAfterRestart()
    {
        using var redis = new RedisServer();
        using var two = new TwoInstances(redis, Settings);
        await two.UntilBothSeeRedisAsync();
        await TwoInstances.AskAsync(two.ClientA, "a:outage", FirstQuestion);
        Assert.Contains(SharedFollowUpAnswer, await TwoInstances.AskAsync(two.ClientB, "a:outage", FollowUp), StringComparison.Ordinal);

        redis.Stop();
        var onA = await TimedAskAsync(two.ClientA, "a:outage", "and at proficient?");
        var onB = await TimedAskAsync(two.ClientB, "a:outage", "and at emerging?");
        for (var i = 0; i < 5; i++)
        {
            await TimedAskAsync(i % 2 == 0 ? two.ClientA : two.ClientB, "a:outage", FollowUp);
        }

        // Read on their own: no context without Redis.
        Assert.Contains("Proficient level", onA, StringComparison.Ordinal);
        Assert.Contains("Emerging level", onB, StringComparison.Ordinal);
        Assert.DoesNotContain("Communication at", onA + onB, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await two.ClientA.GetAsync("/healthz/redis")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await two.ClientA.GetAsync("/readyz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await two.ClientB.GetAsync("/readyz")).StatusCode);
        Assert.Equal(1, OutageWarnings(two.A));
        Assert.Equal(1, OutageWarnings(two.B));

        redis.Start();
        await two.UntilBothSeeRedisAsync();
        await TwoInstances.AskAsync(two.ClientA, "a:after-outage", FirstQuestion);
        var shared = await TwoInstances.AskAsync(two.ClientB, "a:after-outage", FollowUp);

        Assert.Contains(SharedFollowUpAnswer, shared, StringComparison.Ordinal);
        Assert.Equal(1, Recoveries(two.A));
        Assert.Equal(1, Recoveries(two.B));
        Assert.Equal(1, OutageWarnings(two.A));
    }

    [Fact]
    public async Task Post_RedisHung_BothAnswerWithinASecondAndGoOnWhenItAnswersAgain()
    {
        using var redis = new RedisServer();
        using var two = new TwoInstances(redis, Settings);
        await two.UntilBothSeeRedisAsync();
        await TwoInstances.AskAsync(two.ClientA, "a:hung", FirstQuestion);

        redis.Pause();
        try
        {
            for (var i = 0; i < 4; i++)
            {
                var answer = await TimedAskAsync(i % 2 == 0 ? two.ClientA : two.ClientB, "a:hung", "What does a Proficient dispatcher do?");
                Assert.Contains("Proficient level", answer, StringComparison.Ordinal);
            }
        }
        finally
        {
            redis.Resume();
        }

        await two.UntilBothSeeRedisAsync();
        await TwoInstances.AskAsync(two.ClientA, "a:after-hang", FirstQuestion);
        Assert.Contains(SharedFollowUpAnswer, await TwoInstances.AskAsync(two.ClientB, "a:after-hang", FollowUp), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_RedisNotRunning_StartsAnswersAndSharesOnceRedisStarts()
    {
        using var redis = new RedisServer();
        redis.Stop();
        using var two = new TwoInstances(redis, Settings);

        var answer = await TimedAskAsync(two.ClientA, "a:cold", "What does a Proficient dispatcher do?");
        Assert.Contains("Proficient level", answer, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await two.ClientA.GetAsync("/readyz")).StatusCode);

        redis.Start();
        await two.UntilBothSeeRedisAsync();
        await TwoInstances.AskAsync(two.ClientA, "a:warm", FirstQuestion);
        Assert.Contains(SharedFollowUpAnswer, await TwoInstances.AskAsync(two.ClientB, "a:warm", FollowUp), StringComparison.Ordinal);
    }

    private static async Task<string> TimedAskAsync(HttpClient client, string conversationId, string text)
    {
        var watch = Stopwatch.StartNew();
        var answer = await TwoInstances.AskAsync(client, conversationId, text);
        Assert.True(watch.Elapsed < Bound, $"\"{text}\" took {watch.ElapsedMilliseconds} ms to answer");
        return answer;
    }

    private static int OutageWarnings(BotApplication app) => ConnectionLog(app, eventId: 1);

    private static int Recoveries(BotApplication app) => ConnectionLog(app, eventId: 2);

    private static int ConnectionLog(BotApplication app, int eventId) =>
        app.Logs.Entries.Count(entry => entry.Category == typeof(RedisConnection).FullName && entry.EventId.Id == eventId);
}

