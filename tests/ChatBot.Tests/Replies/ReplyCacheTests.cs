using ChatBot.Knowledge.Understanding;
using ChatBot.Replies;

namespace ChatBot.Tests.Replies;

/// <summary>
/// Replies are rendered once per question key and shared: that is only right if the key names everything the
/// reply depends on, and if the shared part never carries one conversation's addressing into another.
/// </summary>
public sealed class ReplyCacheTests : IDisposable
{
    private readonly BotApplication _app = new();

    public void Dispose() => _app.Dispose();

    /// <summary>Phrasings that read as the same question, and ones that differ by a level, a domain or a follow-up.</summary>
    private static readonly string[][] Conversations =
    [
        ["What does a Proficient dispatcher do?"],
        ["what should a senior dispatcher do"],
        ["proficient"],
        ["wht does a proficeint dispatcher do"],
        ["What does an Advanced dispatcher do?"],
        ["What does an Emerging dispatcher do?"],
        ["What does a Developing dispatcher do?"],
        ["What does a Proficient dispatcher do?", "and at Advanced?"],
        ["communication skills for a senior dispatcher"],
        ["Communication at the proficient level"],
        ["communication skills at the developing level"],
        ["how should a new dispatcher use AI?"],
        ["AI usage at emerging"],
        ["is a cab starter covered?"],
        ["does the framework cover cab starters"],
        ["is a tow truck dispatcher covered?"],
        ["mid-level vs lead: what's different?"],
        ["compare proficient and advanced"],
        ["compare developing and proficient"],
        ["anything about angry customers?"],
        ["which statements mention angry customers"],
        ["what's the capital of France?"],
        ["hello"],
        ["What does a Proficient dispatcher do?", "show the sources for that"],
        ["Communication at the proficient level", "show the sources for that"],
        ["What is Customer escalation handling?"],
        ["is GIS one of the technologies?"],
        ["which technologies do dispatchers use"],
        ["what does a proficient nurse do"],
        ["Which level fits someone who just started last week and still needs guidance on most calls?"],
        ["been here about a year, works on his own on routine jobs but not the complex stuff yet. where does he sit?"],
    ];

    [Fact]
    public void Key_QuestionsWithTheSameKey_RenderTheSameReply()
    {
        var reader = _app.Knowledge.Reader;
        var composer = _app.Knowledge.Composer;
        var rendered = new List<(string Key, string Reply, string Asked)>();
        foreach (var turns in Conversations)
        {
            var context = ConversationContext.Empty;
            Question question = new HelpQuestion(HelpReason.Welcome, []);
            foreach (var turn in turns)
            {
                (question, context) = reader.Read(turn, context);
            }

            var content = AnswerReplyBuilder.Content(composer.Compose(question), rendersCards: true, new ReplyRequest(turns[^1]));
            var card = content.Attachments[0].Content!.Value.GetRawText();
            rendered.Add((QuestionKey.Of(question), card + content.Summary + content.Text, string.Join(" / ", turns)));
        }

        foreach (var group in rendered.GroupBy(item => item.Key))
        {
            Assert.True(group.Select(item => item.Reply).Distinct().Count() == 1, $"Key {group.Key} renders differently for: {string.Join(" | ", group.Select(item => item.Asked))}");
        }

        // Shared keys are what makes the cache worth having; the table must exercise them.
        Assert.True(rendered.GroupBy(item => item.Key).Count(group => group.Count() > 1) >= 4);
    }

    [Fact]
    public async Task Turn_SameQuestionInTwoConversations_SharesTheCardButNotTheAddressing()
    {
        using var client = _app.CreateClient();
        var first = Activities.Message("What does a Proficient dispatcher do?");
        var second = Activities.Message("what should a senior dispatcher do", conversationId: "a:another-chat");
        second["from"]!["id"] = "29:user-2";

        var firstReply = Assert.Single(await Activities.RepliesAsync(await Activities.PostAsync(client, first)))!;
        var secondReply = Assert.Single(await Activities.RepliesAsync(await Activities.PostAsync(client, second)))!;

        Assert.Equal(firstReply["attachments"]!.ToJsonString(), secondReply["attachments"]!.ToJsonString());
        Assert.Equal(
            (Activities.ConversationId, "29:user-1", first["id"]!.GetValue<string>()),
            (firstReply["conversation"]!["id"]!.GetValue<string>(), firstReply["recipient"]!["id"]!.GetValue<string>(), firstReply["replyToId"]!.GetValue<string>()));
        Assert.Equal(
            ("a:another-chat", "29:user-2", second["id"]!.GetValue<string>()),
            (secondReply["conversation"]!["id"]!.GetValue<string>(), secondReply["recipient"]!["id"]!.GetValue<string>(), secondReply["replyToId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Turn_SameQuestionOnACardChannelAndATextChannel_EachGetsItsOwnKindOfReply()
    {
        using var client = _app.CreateClient();

        var card = Assert.Single(await Activities.RepliesAsync(await Activities.PostAsync(client, Activities.Message("What does a Proficient dispatcher do?"))))!;
        var text = Assert.Single(await Activities.RepliesAsync(await Activities.PostAsync(client, Activities.Message("What does a Proficient dispatcher do?", channelId: "sms"))))!;

        Assert.Single(card["attachments"]!.AsArray());
        Assert.True(text["attachments"] is null || text["attachments"]!.AsArray().Count == 0);
        Assert.Contains("Proficient", text["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
