using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ChatBot.BotProtocol.Schema;
using ChatBot.BotProtocol.Tests.Fakes;

namespace ChatBot.BotProtocol.Tests.Schema;

public sealed class ActivityTemplateTests
{
    private const string Card = """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Caf\u00e9 — \"calm\" <b> \\ é"}]}""";

    public static TheoryData<string, string> ContentAndIncoming()
    {
        var data = new TheoryData<string, string>();
        foreach (var content in Contents.Keys)
        {
            foreach (var incoming in Incomings.Keys)
            {
                data.Add(content, incoming);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ContentAndIncoming))]
    public void TryWrite_Reply_IsByteIdenticalToTheSerializer(string content, string incoming)
    {
        var template = ActivityTemplate.Create(Contents[content]());
        var reply = template.ReplyTo(Incoming(incoming));

        var (written, json) = WriteFromTemplate(template, reply);

        Assert.True(written);
        Assert.Equal(Serialize(reply), json);
    }

    [Fact]
    public void ReplyTo_Reply_IsAddressedAsCreateReplyAddressesIt()
    {
        var incoming = Incoming("teams");
        var reply = ActivityTemplate.Create(Contents["card"]()).ReplyTo(incoming);
        var expected = incoming.CreateReply();

        Assert.Equal(expected.From!.Id, reply.From!.Id);
        Assert.Equal(expected.Recipient!.Id, reply.Recipient!.Id);
        Assert.Equal(expected.Conversation!.TenantId, reply.Conversation!.TenantId);
        Assert.Equal(incoming.Id, reply.ReplyToId);
        Assert.Equal(incoming.ServiceUrl, reply.ServiceUrl);
        Assert.Equal(incoming.ChannelId, reply.ChannelId);
        Assert.Equal(incoming.Locale, reply.Locale);
        Assert.NotNull(reply.Timestamp);
        Assert.Equal("Proficient · Senior [1]", reply.Text);
        Assert.Single(reply.Attachments!);
    }

    [Fact]
    public void Create_ContentWithAddressing_KeepsOnlyTheContent()
    {
        var content = Contents["card"]();
        content.Id = "not-this-one";
        content.Conversation = new ConversationAccount { Id = "nor-this" };
        var template = ActivityTemplate.Create(content);

        var reply = template.ReplyTo(Incoming("teams"));

        Assert.Equal("a:conv;messageid=1", reply.Conversation!.Id);
        Assert.Null(reply.Id);
        Assert.Equal(Serialize(reply), WriteFromTemplate(template, reply).Json);
    }

    public static TheoryData<string> ActivityFields() => [.. typeof(Activity).GetProperties().Where(property => property.CanWrite).Select(property => property.Name)];

    /// <summary>
    /// Any field of the reply changed after it was built is still written as the serializer writes it: an addressing
    /// field by the template's writer, anything else by giving the reply back to the serializer.
    /// </summary>
    [Theory]
    [MemberData(nameof(ActivityFields))]
    public void TryWrite_FieldChangedAfterReplyTo_IsStillWrittenAsTheSerializerWritesIt(string field)
    {
        var template = ActivityTemplate.Create(Contents["everything"]());
        var reply = template.ReplyTo(Incoming("teams"));
        var property = typeof(Activity).GetProperty(field)!;
        property.SetValue(reply, OtherValue(property.PropertyType));

        var (written, json) = WriteFromTemplate(template, reply);

        string[] addressing = ["Id", "Timestamp", "ServiceUrl", "ChannelId", "From", "Recipient", "Conversation", "Locale", "ReplyToId"];
        Assert.Equal(addressing.Contains(field), written);
        if (written)
        {
            Assert.Equal(Serialize(reply), json);
        }
    }

    [Fact]
    public void TryWrite_SharedAttachmentListChangedInPlace_GivesTheReplyBackToTheSerializer()
    {
        var template = ActivityTemplate.Create(Contents["card"]());
        var reply = template.ReplyTo(Incoming("teams"));
        reply.Attachments!.Add(new Attachment { ContentType = "text/plain", ContentUrl = "https://example.com/x" });

        Assert.False(WriteFromTemplate(template, reply).Written);
    }

    [Fact]
    public void TryWrite_WriterEscapingOtherwise_WritesNothing()
    {
        var template = ActivityTemplate.Create(Contents["card"]());
        var reply = template.ReplyTo(Incoming("teams"));
        var buffer = new ArrayBufferWriter<byte>();
        using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default });

        Assert.False(template.TryWrite(writer, reply));
        writer.Flush();
        Assert.Equal(0, buffer.WrittenCount);
    }

    [Fact]
    public void TryWrite_UnknownFieldNamedLikeAKnownOne_LeavesTheReplyToTheSerializer()
    {
        var content = new Activity { Type = ActivityTypes.Message, Properties = new Dictionary<string, JsonElement> { ["locale"] = Json("\"fr-FR\"") } };
        var template = ActivityTemplate.Create(content);

        Assert.False(WriteFromTemplate(template, template.ReplyTo(Incoming("teams"))).Written);
    }

    private static readonly Dictionary<string, Func<Activity>> Contents = new()
    {
        ["minimal"] = () => new Activity { Type = ActivityTypes.Message },
        ["card"] = () => new Activity
        {
            Type = ActivityTypes.Message,
            Text = "Proficient · Senior [1]",
            TextFormat = "plain",
            Summary = "Proficient — \"handles\" escalations\n\t<calmly> & well \u2028 \U0001F600",
            Attachments = [new Attachment { ContentType = "application/vnd.microsoft.card.adaptive", Content = Json(Card) }],
            Entities = [new Entity { Type = "https://schema.org/Message", Properties = new Dictionary<string, JsonElement> { ["@type"] = Json("\"Message\""), ["citation"] = Json("""[{"position":1,"appearance":{"name":"O*NET"}}]""") } }],
            ChannelData = Json("""{"feedbackLoop":{"type":"default"}}"""),
        },
        ["everything"] = () => new Activity
        {
            Type = ActivityTypes.Message,
            LocalTimestamp = new DateTimeOffset(2026, 11, 21, 9, 30, 0, TimeSpan.FromHours(-5)),
            LocalTimezone = "America/New_York",
            Text = "text",
            TextFormat = "markdown",
            Speak = "<speak>hi</speak>",
            Summary = "summary",
            InputHint = "acceptingInput",
            Attachments = [new Attachment { ContentType = "image/png", ContentUrl = "https://example.com/a.png", Name = "a.png", Properties = new Dictionary<string, JsonElement> { ["preview"] = Json("{}") } }],
            AttachmentLayout = "carousel",
            Entities = [new Entity { Type = "clientInfo" }],
            ChannelData = Json("""{"notification":{"alert":true}}"""),
            Value = Json("""{"question":"and at Advanced?","part":2}"""),
            ValueType = "application/json",
            Name = "event-name",
            DeliveryMode = "normal",
            MembersAdded = [new ChannelAccount { Id = "29:new" }],
            MembersRemoved = [new ChannelAccount { Id = "29:old", Name = "Gone" }],
            Action = "add",
            RelatesTo = Json("""{"activityId":"1"}"""),
            Properties = new Dictionary<string, JsonElement> { ["futureField"] = Json("""{"a":[1,2.50,true,null]}"""), ["caf\u00e9 \"x\""] = Json("1") },
        },
    };

    private static readonly Dictionary<string, string> Incomings = new()
    {
        ["teams"] = """{"type":"message","id":"act@1","timestamp":"2026-11-21T09:00:00.000Z","serviceUrl":"https://smba.trafficmanager.net/amer/","channelId":"msteams","from":{"id":"29:1user","name":"Zoë \"Z\" O'Neil","aadObjectId":"6b1e","role":"user","extra":{"x":1}},"conversation":{"conversationType":"personal","tenantId":"72f9","id":"a:conv;messageid=1","isGroup":false,"unknown":"é"},"recipient":{"id":"28:bot","name":"Skills Bot"},"locale":"en-GB","text":"hi"}""",
        ["bare"] = """{"type":"message"}""",
        ["group"] = """{"type":"message","id":"2","serviceUrl":"http://localhost:3978/","channelId":"emulator","conversation":{"id":"19:abc@thread.skype","isGroup":true,"name":"Team — room"},"recipient":{"id":"28:bot"}}""",
    };

    private static Activity Incoming(string name) => JsonSerializer.Deserialize(Encoding.UTF8.GetBytes(Incomings[name]), BotProtocolJsonContext.Default.Activity)!;

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    private static object? OtherValue(Type type) => type switch
    {
        _ when type == typeof(string) => "changed — \"value\"",
        _ when type == typeof(DateTimeOffset?) => new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.FromHours(2)),
        _ when type == typeof(ChannelAccount) => new ChannelAccount { Id = "29:other", Name = "Other" },
        _ when type == typeof(ConversationAccount) => new ConversationAccount { Id = "a:other", TenantId = "t2" },
        _ when type == typeof(IList<Attachment>) => new List<Attachment> { new() { ContentType = "text/plain", ContentUrl = "https://example.com/b" } },
        _ when type == typeof(IList<Entity>) => new List<Entity> { new() { Type = "mention" } },
        _ when type == typeof(IList<ChannelAccount>) => new List<ChannelAccount> { new() { Id = "29:someone" } },
        _ when type == typeof(JsonElement?) => Json("""{"changed":true}"""),
        _ when type == typeof(IDictionary<string, JsonElement>) => new Dictionary<string, JsonElement> { ["other"] = Json("2") },
        _ => throw new InvalidOperationException($"No other value for {type}: add one, so the test covers the new field."),
    };

    private static string Serialize(Activity activity) => ResponseJson.Write(writer => JsonSerializer.Serialize(writer, activity, BotProtocolJsonContext.Default.Activity));

    private static (bool Written, string Json) WriteFromTemplate(ActivityTemplate template, Activity reply)
    {
        var written = false;
        var json = ResponseJson.Write(writer => written = template.TryWrite(writer, reply));
        return (written, json);
    }
}
