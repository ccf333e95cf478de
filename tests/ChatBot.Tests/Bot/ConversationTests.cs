using System.Text.Json.Nodes;

namespace ChatBot.Tests.Bot;

/// <summary>Conversations as people hold them in Teams: follow-ups, @mentions in channels, card button clicks.</summary>
public sealed class ConversationTests : IDisposable
{
    private readonly BotApplication _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Post_FollowUpInTheSameConversation_AnswersForTheLevelAskedBefore()
    {
        var client = _app.CreateClient();
        await Activities.PostAsync(client, Activities.Message("What does a Proficient dispatcher do?"));

        var followUp = await Activities.RepliesAsync(await Activities.PostAsync(client, Activities.Message("How do they use AI at that level?")));

        var text = Activities.AllText(followUp);
        Assert.Contains("Autonomous schedule generation oversight", text, StringComparison.Ordinal);
        Assert.Contains("WEF Skills Taxonomy", text, StringComparison.Ordinal);
        Assert.DoesNotContain("AI-assisted schedule drafting", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_FollowUpInAnotherConversation_DoesNotSeeTheFirstOnesContext()
    {
        var client = _app.CreateClient();
        await Activities.PostAsync(client, Activities.Message("Tell me about leadership at the Developing level"));
        var elsewhere = Activities.Message("and the Exceeding level?", conversationId: "another-conversation");

        var text = Activities.AllText(await Activities.RepliesAsync(await Activities.PostAsync(client, elsewhere)));

        Assert.Contains("Dispatch operations strategy", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Dispatch operations mentorship", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ChannelMessageWithTheBotsMention_AnswersTheQuestionWithoutTheMention()
    {
        var message = Activities.Message("<at>Skills Bot</at> what does an <at>Alex Doe</at> style emerging dispatcher do");
        message["conversation"]!["conversationType"] = "channel";
        message["entities"] = new JsonArray(
            new JsonObject { ["type"] = "mention", ["mentioned"] = new JsonObject { ["id"] = "28:skills-bot", ["name"] = "Skills Bot" }, ["text"] = "<at>Skills Bot</at>" },
            new JsonObject { ["type"] = "mention", ["mentioned"] = new JsonObject { ["id"] = "29:alex", ["name"] = "Alex Doe" }, ["text"] = "<at>Alex Doe</at>" });

        var reply = (await Activities.RepliesAsync(await Activities.PostAsync(_app.CreateClient(), message)))[0]!;

        Assert.StartsWith("Emerging (Entry / Apprentice)", (string?)reply["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ButtonClick_AnswersExactlyAsTheTypedQuestion()
    {
        var client = _app.CreateClient();
        var card = (await Activities.RepliesAsync(await Activities.PostAsync(client, Activities.Message("proficient"))))[0]!["attachments"]![0]!["content"]!;
        var button = card["body"]!.AsArray().Where(element => (string?)element!["type"] == "ActionSet")
            .SelectMany(set => set!["actions"]!.AsArray()).First(action => (string?)action!["data"]!["question"] == "Compare Proficient and Advanced")!;
        var click = Activities.Message("");
        click["value"] = button["fallback"]!["data"]!.DeepClone();

        var clicked = (await Activities.RepliesAsync(await Activities.PostAsync(client, click)))[0]!;
        var typed = (await Activities.RepliesAsync(await Activities.PostAsync(client, Activities.Message((string)button["data"]!["question"]!))))[0]!;

        Assert.Equal(("Action.Execute", "Action.Submit"), ((string?)button["type"], (string?)button["fallback"]!["type"]));
        Assert.StartsWith("Proficient (Senior / Expert IC) and Advanced (Lead / Principal / Executive) side by side", (string?)clicked["text"], StringComparison.Ordinal);
        Assert.True(JsonNode.DeepEquals(typed["attachments"], clicked["attachments"]));
    }

    [Theory]
    [InlineData("wht does a proficeint dispatcher do")]
    [InlineData("anything about angry customers?")]
    [InlineData("mid-level vs lead: what's different?")]
    public async Task Post_SameQuestionInTwoConversations_GetsTheSameAnswer(string question)
    {
        var client = _app.CreateClient();
        var first = Activities.Message(question);
        var second = Activities.Message(question, conversationId: "a-second-conversation");

        var firstReply = (await Activities.RepliesAsync(await Activities.PostAsync(client, first)))[0]!;
        var secondReply = (await Activities.RepliesAsync(await Activities.PostAsync(client, second)))[0]!;

        Assert.Equal((string?)firstReply["text"], (string?)secondReply["text"]);
        Assert.True(JsonNode.DeepEquals(firstReply["attachments"], secondReply["attachments"]));
    }

    [Fact]
    public async Task Post_TeamsRedeliversTheSameMessage_TheBotAnswersOnce()
    {
        var client = _app.CreateClient();
        var message = Activities.Message("What does a Proficient dispatcher do?", expectReplies: false);

        var first = await Activities.PostAsync(client, message);
        var redelivered = await Activities.PostAsync(client, message);

        Assert.Equal((System.Net.HttpStatusCode.OK, System.Net.HttpStatusCode.OK), (first.StatusCode, redelivered.StatusCode));
        Assert.Single(_app.Connector.Requests);
    }

    [Fact]
    public async Task Post_ConnectorFailingWith500_StillAnswers200AndTheNextMessageWorks()
    {
        using var app = new BotApplication();
        app.Connector.FailNext = 1;
        var client = app.CreateClient();

        var failed = await Activities.PostAsync(client, Activities.Message("proficient", expectReplies: false));
        var next = await Activities.PostAsync(client, Activities.Message("emerging", expectReplies: false));

        Assert.Equal((System.Net.HttpStatusCode.OK, System.Net.HttpStatusCode.OK), (failed.StatusCode, next.StatusCode));
        Assert.Contains("Dispatch requests", app.Connector.Requests[^1].Body, StringComparison.Ordinal);
    }
}
