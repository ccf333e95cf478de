using System.Net;
using System.Text.Json.Nodes;

namespace ChatBot.Tests.Bot;

/// <summary>Everything that is not a level question gets help, never a statement list.</summary>
public sealed class OtherMessageTests : IDisposable
{
    private readonly BotApplication _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("hello")]
    [InlineData("what's the weather like?")]
    [InlineData("")]
    [InlineData("asdf qwerty")]
    public async Task Post_NotALevelQuestion_RepliesWithHelpThatSaysWhatTheBotCovers(string text)
    {
        var response = await Activities.PostAsync(_app.CreateClient(), Activities.Message(text));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await Activities.RepliesAsync(response))!;
        var help = Activities.AllText(reply);
        Assert.Contains("Emerging, Developing, Proficient or Advanced", help, StringComparison.Ordinal);
        Assert.Contains("Dispatchers, Except Police, Fire, and Ambulance (SOC 43-5032.00)", (string?)reply["summary"], StringComparison.Ordinal);
        Assert.DoesNotContain("Dispatch requests", help, StringComparison.Ordinal);
        Assert.DoesNotContain("Complex dispatch coordination", help, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_BotAddedToConversation_SendsTheWelcomeOnceAsOneCardWithoutATextRepeatingIt()
    {
        var update = Activities.Message("");
        update["type"] = "conversationUpdate";
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:skills-bot" }, new JsonObject { ["id"] = "29:user-1" });

        var replies = await Activities.RepliesAsync(await Activities.PostAsync(_app.CreateClient(), update));

        var welcome = Assert.Single(replies)!;
        Assert.Null(welcome["text"]);
        Assert.Single(welcome["attachments"]!.AsArray());
        Assert.Contains("occupational skills frameworks", (string?)welcome["summary"], StringComparison.Ordinal);
        Assert.Equal("Skills Bot", (string?)replies[0]!["attachments"]![0]!["content"]!["body"]![0]!["items"]![0]!["inlines"]![0]!["text"]);
    }

    [Fact]
    public async Task Post_UnknownActivityType_IsAcceptedAndIgnored()
    {
        var odd = Activities.Message("proficient");
        odd["type"] = "somethingNew";

        var response = await Activities.PostAsync(_app.CreateClient(), odd);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await Activities.RepliesAsync(response));
    }
}
