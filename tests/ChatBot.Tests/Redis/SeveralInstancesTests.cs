using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;

namespace ChatBot.Tests.Redis;

/// <summary>
/// Two instances of the bot sharing a real redis-server, as behind Azure Bot Service, which has no session affinity:
/// a conversation, a redelivery, an install and a flood each reach both, and the bot behaves as one.
/// </summary>
public sealed class SeveralInstancesTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private const string FirstQuestion = "communication skills for a developing dispatcher";
    private const string FollowUp = "and at advanced?";

    [Fact]
    public async Task Post_FollowUpToB_ContinuesTheConversationBegunOnA()
    {
        using var two = await TwoInstances.SharingAsync(redis);

        var first = await TwoInstances.AskAsync(two.ClientA, "a:follow-up", FirstQuestion);
        var followUp = await TwoInstances.AskAsync(two.ClientB, "a:follow-up", FollowUp);

        Assert.Contains("Communication at Developing", first, StringComparison.Ordinal);
        Assert.Contains("Communication at Exceeding (Advanced)", followUp, StringComparison.Ordinal);
        Assert.Contains("Dispatch communication standards", followUp, StringComparison.Ordinal);
        Assert.DoesNotContain("Advanced level (Lead / Principal / Executive)", followUp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_FollowUpInAnotherConversation_IsReadOnItsOwn()
    {
        using var two = await TwoInstances.SharingAsync(redis);
        await TwoInstances.AskAsync(two.ClientA, "a:asked", FirstQuestion);

        var elsewhere = await TwoInstances.AskAsync(two.ClientB, "a:elsewhere", FollowUp);

        Assert.Contains("Advanced level (Lead / Principal / Executive)", elsewhere, StringComparison.Ordinal);
        Assert.DoesNotContain("Communication at", elsewhere, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ActivityRedeliveredToBThenA_IsAnsweredOnce()
    {
        using var two = await TwoInstances.SharingAsync(redis);
        var message = Activities.Message("What does a Proficient dispatcher do?", expectReplies: false, conversationId: "a:redelivered");

        var statuses = new List<HttpStatusCode>
        {
            (await Activities.PostAsync(two.ClientA, message)).StatusCode,
            (await Activities.PostAsync(two.ClientB, message)).StatusCode,
            (await Activities.PostAsync(two.ClientA, message)).StatusCode,
        };

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Contains("Proficient level", Assert.Single(two.MessagesSent), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_SameActivityToAAndBAtTheSameMoment_IsAnsweredOnce()
    {
        using var two = await TwoInstances.SharingAsync(redis);
        const int Rounds = 25;
        var answered = new List<int>();

        for (var i = 0; i < Rounds; i++)
        {
            var message = Activities.Message("What does an Emerging dispatcher do?", conversationId: $"a:race-{i}");
            using var start = new SemaphoreSlim(0, 2);
            var atA = PostWhenReleasedAsync(two.ClientA, message, start);
            var atB = PostWhenReleasedAsync(two.ClientB, message, start);
            start.Release(2);

            var replies = await Task.WhenAll(atA, atB);
            answered.Add(replies.Sum());
        }

        Assert.All(answered, count => Assert.Equal(1, count));
    }

    [Fact]
    public async Task Post_InstallAnnouncedToAAndB_SendsOneWelcome()
    {
        using var two = await TwoInstances.SharingAsync(redis);
        var update = Activities.Message("", expectReplies: false, conversationId: "a:installed");
        update["type"] = "conversationUpdate";
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:skills-bot" });
        var install = Activities.Message("", expectReplies: false, conversationId: "a:installed");
        install["type"] = "installationUpdate";
        install["action"] = "add";

        await Task.WhenAll(Activities.PostAsync(two.ClientA, update), Activities.PostAsync(two.ClientB, install));

        Assert.Contains("occupational skills frameworks", Assert.Single(two.MessagesSent), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_FloodAlternatingBetweenAAndB_IsHeldToOneBucket()
    {
        const int Burst = 5;
        const int TurnsPerSecond = 1;
        using var two = await TwoInstances.SharingAsync(redis, new Dictionary<string, string?>
        {
            ["BotFramework:ConversationRateLimit:Burst"] = $"{Burst}",
            ["BotFramework:ConversationRateLimit:TurnsPerSecond"] = $"{TurnsPerSecond}",
        });
        var statuses = new List<HttpStatusCode>();

        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 4 * Burst; i++)
        {
            var client = i % 2 == 0 ? two.ClientA : two.ClientB;
            statuses.Add((await Activities.PostAsync(client, Activities.Message("proficient", conversationId: "a:flood"))).StatusCode);
        }

        // One bucket lets the burst through and a token a second after it; a bucket per instance would let twice the burst.
        var allowed = Burst + (int)Math.Ceiling(watch.Elapsed.TotalSeconds * TurnsPerSecond);
        var answered = statuses.Count(status => status == HttpStatusCode.OK);
        Assert.InRange(answered, Burst, allowed);
        Assert.Equal(statuses.Count - answered, statuses.Count(status => status == HttpStatusCode.TooManyRequests));
        Assert.True(2 * Burst > allowed, $"the flood took {watch.Elapsed.TotalSeconds:0.0} s, too long to tell one bucket from two");
    }

    /// <summary>Posts once <paramref name="start"/> is released; how many replies the response held.</summary>
    private static async Task<int> PostWhenReleasedAsync(HttpClient client, JsonObject message, SemaphoreSlim start)
    {
        await Task.Yield();
        await start.WaitAsync();
        var response = await Activities.PostAsync(client, message);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await Activities.RepliesAsync(response)).Count;
    }
}
