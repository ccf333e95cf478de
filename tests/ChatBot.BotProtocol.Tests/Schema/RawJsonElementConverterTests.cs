using System.Text;
using System.Text.Json;
using ChatBot.BotProtocol.Schema;

namespace ChatBot.BotProtocol.Tests.Schema;

public sealed class RawJsonElementConverterTests
{
    [Fact]
    public void Serialize_AttachmentContent_IsWrittenExactlyAsItWasParsed()
    {
        const string Card = """{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":"Caf\u00e9 \u2014 \"quoted\" <b>"}],"version":"1.5"}""";
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Attachments = [new Attachment { ContentType = "application/vnd.microsoft.card.adaptive", Content = JsonDocument.Parse(Card).RootElement }],
        };

        var json = JsonSerializer.Serialize(activity, BotProtocolJsonContext.Default.Activity);

        Assert.Contains(Card, json, StringComparison.Ordinal);
        var text = JsonDocument.Parse(json).RootElement.GetProperty("attachments")[0].GetProperty("content").GetProperty("body")[0].GetProperty("text").GetString();
        Assert.Equal("Café — \"quoted\" <b>", text);
    }

    [Fact]
    public void RoundTrip_UnknownFieldsAndValues_SurviveAsValidJson()
    {
        const string Inbound = """{"type":"message","value":{"question":"What does a Proficient dispatcher do?","part":2},"channelData":{"tenant":{"id":"t"},"deep":[1,2.5,true,null,"x"]},"futureField":{"a":[{}]}}""";

        var activity = JsonSerializer.Deserialize(Encoding.UTF8.GetBytes(Inbound), BotProtocolJsonContext.Default.Activity)!;
        var written = JsonSerializer.Serialize(activity, BotProtocolJsonContext.Default.Activity);

        using var document = JsonDocument.Parse(written);
        Assert.Equal(2, document.RootElement.GetProperty("value").GetProperty("part").GetInt32());
        Assert.Equal("""[1,2.5,true,null,"x"]""", document.RootElement.GetProperty("channelData").GetProperty("deep").GetRawText());
        Assert.Equal("""{"a":[{}]}""", document.RootElement.GetProperty("futureField").GetRawText());
    }

    [Fact]
    public void Serialize_UndefinedElement_FailsInsteadOfWritingBrokenJson()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Value = default(JsonElement) };

        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(activity, BotProtocolJsonContext.Default.Activity));
    }
}
