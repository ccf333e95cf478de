using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ChatBot.Knowledge.Understanding;

namespace ChatBot.Tests.Bot;

/// <summary>The limits on what a request can make the bot do: body size, and how much of a question is read.</summary>
public sealed class InputLimitTests : IDisposable
{
    private const int BodyLimit = 256 * 1024;

    private readonly BotApplication _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData(BodyLimit, HttpStatusCode.OK)]
    [InlineData(BodyLimit + 1, HttpStatusCode.RequestEntityTooLarge)]
    public async Task Post_BodyAtAndPast256KB_IsAnsweredThenRefusedWith413(int size, HttpStatusCode status)
    {
        var activity = Activities.Message("proficient", expectReplies: false);
        var padding = size - Encoding.UTF8.GetByteCount(activity.ToJsonString());
        activity["text"] = "proficient" + new string(' ', padding);

        var response = await Activities.PostAsync(_app.CreateClient(), activity);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(status == HttpStatusCode.OK ? 1 : 0, _app.Connector.Requests.Count);
    }

    [Fact]
    public async Task Post_QuestionLongerThan2000Characters_IsAnsweredFromItsFirst2000NotRefused()
    {
        var question = "What does a Proficient dispatcher do?" + new string(' ', QuestionReader.MaxQuestionLength) + " compare emerging and advanced";

        var response = await Activities.PostAsync(_app.CreateClient(), Activities.Message(question));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var card = Activities.AllText(Assert.Single(await Activities.RepliesAsync(response))!["attachments"]);
        Assert.Contains("Proficient level", card, StringComparison.Ordinal);
        Assert.Contains("Complex dispatch coordination", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Emerging level", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_QuestionWhoseOnlyTopicComesAfter2000Characters_IsNotReadFromThere()
    {
        var question = string.Concat(Enumerable.Repeat("hello ", 340)) + "What does a Proficient dispatcher do?";

        var response = await Activities.PostAsync(_app.CreateClient(), Activities.Message(question));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var card = Activities.AllText(Assert.Single(await Activities.RepliesAsync(response))!["attachments"]);
        Assert.DoesNotContain("Complex dispatch coordination", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_QuestionWhoseCutFallsInsideAnEmoji_IsAnsweredNotFailed()
    {
        // 1,999 characters, then an emoji (a surrogate pair) across the 2,000th. The reply to this question does not
        // carry the cut text, so this only shows the turn survives it; QuestionReaderTests check the cut itself.
        var question = "proficient" + new string(' ', QuestionReader.MaxQuestionLength - 11) + "\U0001F600 more";

        var response = await Activities.PostAsync(_app.CreateClient(), Activities.Message(question));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(JsonNode.Parse(await response.Content.ReadAsStringAsync()));
    }
}
