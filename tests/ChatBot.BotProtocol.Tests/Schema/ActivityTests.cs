using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.BotProtocol.Schema;

namespace ChatBot.BotProtocol.Tests.Schema;

public class ActivityTests
{
    private const string TeamsMessage = """
        {
          "type": "message",
          "id": "1712345678901",
          "timestamp": "2024-04-05T10:11:12.345Z",
          "localTimestamp": "2024-04-05T12:11:12.345+02:00",
          "serviceUrl": "https://smba.trafficmanager.net/amer/",
          "channelId": "msteams",
          "from": { "id": "29:user", "name": "Ada", "aadObjectId": "aad-user", "userRole": "member" },
          "recipient": { "id": "28:bot", "name": "Helper" },
          "conversation": {
            "id": "19:abc@thread.skype;messageid=1",
            "conversationType": "channel",
            "tenantId": "tenant-1",
            "isGroup": true,
            "threadKind": "channel"
          },
          "text": "<at>Helper</at> hello",
          "locale": "en-GB",
          "entities": [
            { "type": "mention", "mentioned": { "id": "28:bot", "name": "Helper" }, "text": "<at>Helper</at>" }
          ],
          "channelData": { "tenant": { "id": "tenant-1" }, "team": { "id": "19:team" } },
          "attachments": [ { "contentType": "text/html", "content": "<p>hi</p>", "preview": { "x": 1 } } ],
          "suggestedActions": { "actions": [] },
          "importance": "high"
        }
        """;

    [Fact]
    public void RoundTrip_TeamsMessage_KeepsEveryField()
    {
        var activity = Deserialize(TeamsMessage);

        var written = JsonSerializer.Serialize(activity, BotProtocolJsonContext.Default.Activity);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(TeamsMessage), JsonNode.Parse(written)), written);
    }

    [Fact]
    public void Deserialize_UnknownFields_LandInTheExtensionData()
    {
        var activity = Deserialize(TeamsMessage);

        Assert.Equal("high", activity.Properties!["importance"].GetString());
        Assert.Equal("member", activity.From!.Properties!["userRole"].GetString());
        Assert.Equal("channel", activity.Conversation!.Properties!["threadKind"].GetString());
        Assert.Equal("<at>Helper</at>", activity.Entities![0].Properties!["text"].GetString());
        Assert.Equal("tenant-1", activity.Conversation.TenantId);
        Assert.True(activity.Conversation.IsGroup);
    }

    [Fact]
    public void Serialize_NullMembers_AreOmitted()
    {
        var json = JsonSerializer.Serialize(
            new Activity { Type = ActivityTypes.Typing, From = new ChannelAccount { Id = "28:bot" } },
            BotProtocolJsonContext.Default.Activity);

        Assert.Equal("""{"type":"typing","from":{"id":"28:bot"}}""", json);
    }

    [Fact]
    public void Serialize_Timestamp_IsWrittenAsUtcWithZ()
    {
        var json = JsonSerializer.Serialize(
            new Activity { Timestamp = new DateTimeOffset(2024, 4, 5, 12, 0, 0, TimeSpan.FromHours(2)) },
            BotProtocolJsonContext.Default.Activity);

        Assert.Equal("""{"timestamp":"2024-04-05T10:00:00Z"}""", json);
    }

    [Fact]
    public void CreateReply_TeamsMessage_SwapsAccountsAndCopiesTheWholeConversation()
    {
        var incoming = Deserialize(TeamsMessage);
        var before = DateTimeOffset.UtcNow;

        var reply = incoming.CreateReply("hello back");

        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal("hello back", reply.Text);
        Assert.Equal("28:bot", reply.From!.Id);
        Assert.Equal("29:user", reply.Recipient!.Id);
        Assert.Equal("aad-user", reply.Recipient.AadObjectId);
        Assert.Equal("19:abc@thread.skype;messageid=1", reply.Conversation!.Id);
        Assert.Equal("tenant-1", reply.Conversation.TenantId);
        Assert.Equal("channel", reply.Conversation.ConversationType);
        Assert.Equal("channel", reply.Conversation.Properties!["threadKind"].GetString());
        Assert.Equal("1712345678901", reply.ReplyToId);
        Assert.Equal("msteams", reply.ChannelId);
        Assert.Equal("en-GB", reply.Locale);
        Assert.Equal("https://smba.trafficmanager.net/amer/", reply.ServiceUrl);
        Assert.Empty(reply.Attachments!);
        Assert.Null(reply.Id);
        Assert.Null(reply.Entities);
        Assert.InRange(reply.Timestamp!.Value, before, DateTimeOffset.UtcNow);
        Assert.Equal(TimeSpan.Zero, reply.Timestamp.Value.Offset);
    }

    [Fact]
    public void CreateReply_ChangingTheReply_LeavesTheIncomingActivityAlone()
    {
        var incoming = Deserialize(TeamsMessage);

        var reply = incoming.CreateReply();
        reply.Conversation!.Id = "other";
        reply.Conversation.Properties!.Clear();
        reply.From!.Id = "other";

        Assert.Equal("19:abc@thread.skype;messageid=1", incoming.Conversation!.Id);
        Assert.NotEmpty(incoming.Conversation.Properties!);
        Assert.Equal("28:bot", incoming.Recipient!.Id);
    }

    [Fact]
    public void CreateReply_WithoutText_OmitsText()
    {
        var reply = Deserialize(TeamsMessage).CreateReply();

        Assert.Null(reply.Text);
        Assert.DoesNotContain("\"text\"", JsonSerializer.Serialize(reply, BotProtocolJsonContext.Default.Activity), StringComparison.Ordinal);
    }

    [Fact]
    public void GetConversationReference_TeamsMessage_NamesUserBotAndConversation()
    {
        var reference = Deserialize(TeamsMessage).GetConversationReference();

        Assert.Equal("1712345678901", reference.ActivityId);
        Assert.Equal("29:user", reference.User!.Id);
        Assert.Equal("28:bot", reference.Bot!.Id);
        Assert.Equal("tenant-1", reference.Conversation!.TenantId);
        Assert.Equal("msteams", reference.ChannelId);
        Assert.Equal("https://smba.trafficmanager.net/amer/", reference.ServiceUrl);
        Assert.Equal("en-GB", reference.Locale);
    }

    [Fact]
    public void Deserialize_NestingDeeperThanTheLimit_Throws()
    {
        var deep = "{\"type\":\"message\",\"value\":" + string.Concat(Enumerable.Repeat("[", 80)) + string.Concat(Enumerable.Repeat("]", 80)) + "}";

        Assert.ThrowsAny<JsonException>(() => Deserialize(deep));
    }

    [Fact]
    public void Options_AreReadOnlyAndShared()
    {
        Assert.True(BotProtocolJson.Options.IsReadOnly);
        Assert.Equal(BotProtocolJson.MaxDepth, BotProtocolJson.Options.MaxDepth);
        Assert.Equal(System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull, BotProtocolJson.Options.DefaultIgnoreCondition);
    }

    private static Activity Deserialize(string json) =>
        JsonSerializer.Deserialize(json, BotProtocolJsonContext.Default.Activity)!;
}
