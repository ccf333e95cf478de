using System.Net;
using System.Text.Json.Nodes;

namespace ChatBot.Tests.Bot;

/// <summary>The activities besides messages: installation and welcome, Universal Actions invokes, the rest.</summary>
public sealed class ActivityKindTests : IDisposable
{
    private readonly BotApplication _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Post_InstallAnnouncedTwiceAndMembersAdded_SendsOneWelcomePerConversation()
    {
        var client = _app.CreateClient();
        var update = Activities.Message("", expectReplies: false);
        update["type"] = "conversationUpdate";
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:skills-bot" }, new JsonObject { ["id"] = "29:user-1" });
        var install = Activities.Message("", expectReplies: false);
        install["type"] = "installationUpdate";
        install["action"] = "add";
        install["id"] = "install-1";
        var secondMember = update.DeepClone();
        secondMember["id"] = "update-2";

        await Activities.PostAsync(client, install);
        await Activities.PostAsync(client, update);
        await Activities.PostAsync(client, secondMember);

        var sent = Assert.Single(_app.Connector.Requests);
        Assert.Contains("occupational skills frameworks", sent.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ActionExecuteInvoke_Answers200WithTheCardForItsQuestion()
    {
        var invoke = Activities.Invoke("adaptiveCard/action", new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "level", ["data"] = new JsonObject { ["question"] = "What does a Proficient dispatcher do?" } },
            ["trigger"] = "manual",
        });

        var response = await Activities.PostAsync(_app.CreateClient(), invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal((200, "application/vnd.microsoft.card.adaptive"), ((int)body["statusCode"]!, (string?)body["type"]));
        Assert.Contains("Complex dispatch coordination", body["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(_app.Connector.Requests);
    }

    [Fact]
    public async Task Post_ActionExecuteWithOnlyAVerb_AsksTheVerb()
    {
        var invoke = Activities.Invoke("adaptiveCard/action", new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "emerging" } });

        var body = JsonNode.Parse(await (await Activities.PostAsync(_app.CreateClient(), invoke)).Content.ReadAsStringAsync())!;

        Assert.Contains("Dispatch requests", body["value"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_AdaptiveCardActionWithoutAnExecute_Answers400WithAnErrorBody()
    {
        var invoke = Activities.Invoke("adaptiveCard/action", new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Submit" } });

        var response = await Activities.PostAsync(_app.CreateClient(), invoke);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(("application/vnd.microsoft.error", "BadRequest"), ((string?)body["type"], (string?)body["value"]!["code"]));
    }

    [Theory]
    [InlineData("5")]
    [InlineData("{}")]
    [InlineData("[\"Action.Execute\"]")]
    public async Task Post_ActionExecuteWhoseTypeIsNotText_Answers400WithAnErrorBody(string type)
    {
        var invoke = Activities.Invoke("adaptiveCard/action", new JsonObject { ["action"] = new JsonObject { ["type"] = JsonNode.Parse(type), ["verb"] = "proficient" } });

        var response = await Activities.PostAsync(_app.CreateClient(), invoke);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadRequest", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["value"]!["code"]);
    }

    [Fact]
    public async Task Post_ActionExecuteFromAChannelThatRendersNoCards_StillAnswersWithTheCard()
    {
        var invoke = Activities.Invoke("adaptiveCard/action", new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "proficient" } });
        invoke["channelId"] = "sms";

        var response = await Activities.PostAsync(_app.CreateClient(), invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        Assert.Contains("Complex dispatch coordination", body["value"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_InvokeTheBotDoesNotHandle_Answers400NotAServerError()
    {
        var invoke = Activities.Invoke("adaptiveCard/action", new JsonObject());
        invoke["name"] = "task/fetch";

        var response = await Activities.PostAsync(_app.CreateClient(), invoke);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("typing")]
    [InlineData("messageReaction")]
    [InlineData("endOfConversation")]
    public async Task Post_OtherActivityTypes_Answer200AndSendNothing(string type)
    {
        var activity = Activities.Message("", expectReplies: false);
        activity["type"] = type;

        var response = await Activities.PostAsync(_app.CreateClient(), activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_app.Connector.Requests);
    }
}
