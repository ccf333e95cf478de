using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

namespace ChatBot.Tests.Bot;

/// <summary>Teams' feedback buttons on answers, and what a vote leaves in the log.</summary>
public sealed class FeedbackTests : IDisposable
{
    private readonly BotApplication _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Post_AnAnswer_TurnsOnTeamsFeedbackButtons()
    {
        var reply = (await Activities.RepliesAsync(await Activities.PostAsync(_app.CreateClient(), Activities.Message("proficient"))))[0]!;

        Assert.Equal("default", (string?)reply["channelData"]!["feedbackLoop"]!["type"]);
    }

    [Fact]
    public async Task Post_AVote_IsAcknowledgedAndLoggedWithTheAnswerAndReactionButNoCommentOrPerson()
    {
        var response = await Activities.PostAsync(_app.CreateClient(), Vote("dislike"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{}", await response.Content.ReadAsStringAsync());
        var entry = Assert.Single(_app.Logs.Entries, entry => entry.Category == "ChatBot.Bot.Feedback");
        Assert.Equal((LogLevel.Information, "Feedback on answer answer-42 in a:1x2y;messageid=42: dislike; a comment of 36 characters"), (entry.Level, entry.Message));
        Assert.DoesNotContain(_app.Logs.Entries, entry => entry.Text.Contains("night-shift", StringComparison.Ordinal) || entry.Text.Contains("29:user-1", StringComparison.Ordinal) || entry.Text.Contains("Casey", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_AVoteWithDebugOnForFeedback_LogsTheCommentAtDebugOnOneLine()
    {
        using var app = new BotApplication(new Dictionary<string, string?> { ["Logging:LogLevel:ChatBot.Bot.Feedback"] = "Debug" });

        await Activities.PostAsync(app.CreateClient(), Vote("like", "Missing the night-shift\r\nexpectations\u001b[0m"));

        var comment = Assert.Single(app.Logs.Entries, entry => entry.Message.StartsWith("Feedback comment", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Debug, comment.Level);
        Assert.Equal("Feedback comment on answer answer-42 in a:1x2y;messageid=42: Missing the night-shift expectations [0m", comment.Message);
    }

    [Theory]
    [InlineData("actionName")]
    [InlineData("reaction")]
    public async Task Post_AVoteWhoseFieldIsNotText_Answers400(string field)
    {
        var vote = Vote("like");
        var value = vote["value"]!;
        (field == "actionName" ? value : value["actionValue"]!)[field] = 5;

        var response = await Activities.PostAsync(_app.CreateClient(), vote);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_ASubmitActionThatIsNotFeedback_Answers400()
    {
        var vote = Activities.Invoke("message/submitAction", new JsonObject { ["actionName"] = "something-else" });

        var response = await Activities.PostAsync(_app.CreateClient(), vote);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static JsonObject Vote(string reaction, string comment = "Missing the night-shift expectations")
    {
        var vote = Activities.Invoke("message/submitAction", new JsonObject
        {
            ["actionName"] = "feedback",
            ["actionValue"] = new JsonObject { ["reaction"] = reaction, ["feedback"] = new JsonObject { ["feedbackText"] = comment }.ToJsonString() },
        });
        vote["replyToId"] = "answer-42";
        return vote;
    }
}
