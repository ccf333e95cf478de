using System.Text.Json;
using ChatBot.BotProtocol.Hosting;
using ChatBot.BotProtocol.Schema;
using ChatBot.BotProtocol.Tests.Fakes;

namespace ChatBot.BotProtocol.Tests.Hosting;

public sealed class ExpectedRepliesWriterTests
{
    [Fact]
    public void Write_RepliesFromTemplatesAndOthers_IsByteIdenticalToTheSerializedExpectedReplies()
    {
        var incoming = new Activity
        {
            Type = ActivityTypes.Message,
            Id = "act@1",
            ServiceUrl = "https://smba.trafficmanager.net/amer/",
            ChannelId = "msteams",
            From = new ChannelAccount { Id = "29:user", Name = "Ada" },
            Recipient = new ChannelAccount { Id = "28:bot", Name = "Skills Bot" },
            Conversation = new ConversationAccount { Id = "a:1", TenantId = "t" },
            Locale = "en-US",
        };
        var card = JsonDocument.Parse("""{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":"Proficient — café"}]}""").RootElement.Clone();
        var template = ActivityTemplate.Create(new Activity
        {
            Type = ActivityTypes.Message,
            Text = "Proficient · dispatcher",
            Summary = "Proficient — \"calm\"",
            Attachments = [new Attachment { ContentType = "application/vnd.microsoft.card.adaptive", Content = card }],
        });
        Activity[] replies = [template.ReplyTo(incoming), incoming.CreateReply("plain — text"), template.ReplyTo(incoming)];

        var written = ResponseJson.Write(writer => ExpectedRepliesWriter.Write(writer, replies));

        var expected = ResponseJson.Write(writer => JsonSerializer.Serialize(writer, new ExpectedReplies { Activities = replies }, BotProtocolJsonContext.Default.ExpectedReplies));
        Assert.Equal(expected, written);
    }

    [Fact]
    public void Write_NoReplies_IsAnEmptyList()
    {
        Assert.Equal("""{"activities":[]}""", ResponseJson.Write(writer => ExpectedRepliesWriter.Write(writer, [])));
    }
}
