using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.Bot;
using ChatBot.BotProtocol.Schema;
using ChatBot.Replies;

namespace ChatBot.Tests.Bot;

/// <summary>
/// Buttons as Teams runs them: an Action.Execute click arrives as an <c>adaptiveCard/action</c> invoke whose value holds a
/// copy of the action, and the card in the invoke's response replaces the clicked card; nothing new is posted.
/// </summary>
public sealed class UniversalActionTests : IDisposable
{
    private const string ChannelThread = "19:general@thread.tacv2;messageid=1700000000001";

    private readonly BotApplication _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("channel", ChannelThread)]
    [InlineData("groupChat", "19:group-chat@thread.v2")]
    [InlineData("personal", Activities.ConversationId)]
    public async Task Invoke_LevelButtonOfACardInTheConversation_Answers200WithTheNewCardForThatMessageAndPostsNothing(string conversationType, string conversationId)
    {
        var client = _app.CreateClient();
        var question = Activities.Message("<at>Skills Bot</at> what does a proficient dispatcher do?", conversationId: conversationId);
        question["conversation"]!["conversationType"] = conversationType;
        question["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["mentioned"] = new JsonObject { ["id"] = "28:skills-bot", ["name"] = "Skills Bot" }, ["text"] = "<at>Skills Bot</at>" });
        var card = (await Activities.RepliesAsync(await Activities.PostAsync(client, question)))[0]!["attachments"]![0]!["content"]!;
        var button = Buttons(card).Single(action => (string?)action["data"]!["question"] == "What is expected at the Advanced level?");

        var response = await Activities.PostAsync(client, Click(button, conversationType, conversationId, replyToId: "1700000000002"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal((200, "application/vnd.microsoft.card.adaptive"), ((int)body["statusCode"]!, (string?)body["type"]));
        Assert.True(JsonNode.DeepEquals(await TypedCardAsync(client, "What is expected at the Advanced level?"), body["value"]));
        Assert.Empty(_app.Connector.Requests);
    }

    [Fact]
    public async Task Invoke_EveryButtonOfTheLevelCard_AnswersWithTheCardItsQuestionGetsWhenTyped()
    {
        var client = _app.CreateClient();
        var card = await TypedCardAsync(client, "What does a Proficient dispatcher do?");

        foreach (var button in Buttons(card))
        {
            var response = await Activities.PostAsync(client, Click(button, "channel", ChannelThread, replyToId: "1700000000002"));

            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.True(JsonNode.DeepEquals(await TypedCardAsync(client, (string)button["data"]!["question"]!), body["value"]), (string?)button["title"]);
        }
    }

    [Fact]
    public async Task Invoke_ButtonOfACardTheMessageExtensionInserted_AnswersWithTheNewCardInPlace()
    {
        var client = _app.CreateClient();
        var query = Activities.Invoke("composeExtension/query", new JsonObject
        {
            ["commandId"] = "searchFramework",
            ["parameters"] = new JsonArray(new JsonObject { ["name"] = "query", ["value"] = "proficient" }),
        });
        var inserted = JsonNode.Parse(await (await Activities.PostAsync(client, query)).Content.ReadAsStringAsync())!["composeExtension"]!["attachments"]![0]!["content"]!;
        var button = Buttons(inserted).Single(action => (string?)action["data"]!["question"] == "What is expected at the Developing level?");

        var response = await Activities.PostAsync(client, Click(button, "groupChat", "19:chat-without-the-bot@thread.v2", replyToId: "1700000000003"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        Assert.True(JsonNode.DeepEquals(await TypedCardAsync(client, "What is expected at the Developing level?"), body["value"]));
        Assert.Empty(_app.Connector.Requests);
    }

    [Fact]
    public void RequestOf_ShowMoreButton_AsksForThePartItsDataNames()
    {
        var invoke = JsonSerializer.Deserialize(Activities.Invoke("adaptiveCard/action", new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "ask", ["data"] = new JsonObject { ["question"] = "How do I get from Developing to Proficient?", ["part"] = 2 } },
        }).ToJsonString(), BotProtocolJsonContext.Default.Activity)!;

        Assert.Equal(new ReplyRequest("How do I get from Developing to Proficient?", 2), CardActionInvoke.RequestOf(invoke));
    }

    /// <summary>The card a typed question gets, in a conversation of its own.</summary>
    private static async Task<JsonNode> TypedCardAsync(HttpClient client, string question) =>
        (await Activities.RepliesAsync(await Activities.PostAsync(client, Activities.Message(question, conversationId: $"typed-{Guid.NewGuid():N}"))))[0]!["attachments"]![0]!["content"]!.DeepClone();

    /// <summary>Every button of a card that asks the bot something (the Action.Execute actions of its action sets).</summary>
    private static List<JsonNode> Buttons(JsonNode card) =>
        [.. card["body"]!.AsArray().Where(element => (string?)element!["type"] == "ActionSet").SelectMany(set => set!["actions"]!.AsArray()).Select(action => action!)];

    /// <summary>The invoke Teams sends for a click on <paramref name="button"/>: a copy of the action, in the conversation of the card.</summary>
    private static JsonObject Click(JsonNode button, string conversationType, string conversationId, string replyToId)
    {
        var invoke = Activities.Invoke("adaptiveCard/action", new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = button["type"]!.DeepClone(),
                ["id"] = "",
                ["title"] = button["title"]!.DeepClone(),
                ["verb"] = button["verb"]!.DeepClone(),
                ["data"] = button["data"]!.DeepClone(),
            },
            ["trigger"] = "manual",
        });
        invoke["conversation"]!["id"] = conversationId;
        invoke["conversation"]!["conversationType"] = conversationType;
        invoke["replyToId"] = replyToId;
        return invoke;
    }
}
