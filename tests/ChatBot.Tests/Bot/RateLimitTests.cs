using System.Net;

namespace ChatBot.Tests.Bot;

/// <summary>One chat flooding the bot is told to slow down; the other chats go on being answered.</summary>
public sealed class RateLimitTests : IDisposable
{
    private const string Question = "What does a Proficient dispatcher do?";

    private readonly BotApplication _app = new(new Dictionary<string, string?>
    {
        ["BotFramework:ConversationRateLimit:Burst"] = "3",
        ["BotFramework:ConversationRateLimit:TurnsPerSecond"] = "1",
    });

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Post_MoreTurnsThanTheBurstInOneConversation_RefusesTheRestWith429AndRetryAfter()
    {
        var client = _app.CreateClient();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 6; i++)
        {
            var response = await Activities.PostAsync(client, Activities.Message(Question, conversationId: "a:flood"));
            statuses.Add(response.StatusCode);
            refused ??= response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        Assert.Equal(3, statuses.Count(status => status == HttpStatusCode.OK));
        Assert.NotNull(refused);
        Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Contains("try again", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WhileOneConversationIsLimited_OtherConversationsAreStillAnswered()
    {
        var client = _app.CreateClient();
        HttpResponseMessage? flood = null;
        for (var i = 0; i < 10; i++)
        {
            flood = await Activities.PostAsync(client, Activities.Message(Question, conversationId: "a:flood"));
        }

        var other = await Activities.PostAsync(client, Activities.Message(Question, conversationId: "a:quiet"));

        Assert.Equal(HttpStatusCode.TooManyRequests, flood?.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Contains("Proficient level", Activities.AllText(Assert.Single(await Activities.RepliesAsync(other))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ARefusedTurn_IsLoggedWithIdsButNotItsText()
    {
        var client = _app.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await Activities.PostAsync(client, Activities.Message("secret salary question", conversationId: "a:flood"));
        }

        var refusals = _app.Logs.Entries.Where(entry => entry.Message.StartsWith("Bot request rejected with 429", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(refusals);
        Assert.All(refusals, entry => Assert.Contains("a:flood", entry.Message, StringComparison.Ordinal));
        Assert.DoesNotContain(_app.Logs.Entries, entry => entry.Message.Contains("salary", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_WithTheLimitSwitchedOff_AnswersEveryTurn()
    {
        using var app = new BotApplication(new Dictionary<string, string?>
        {
            ["BotFramework:ConversationRateLimit:Enabled"] = "false",
            ["BotFramework:ConversationRateLimit:Burst"] = "1",
        });
        var client = app.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await Activities.PostAsync(client, Activities.Message(Question, conversationId: "a:flood"))).StatusCode);
        }
    }
}
