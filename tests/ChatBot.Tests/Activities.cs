using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatBot.Tests;

/// <summary>Builds the activities a channel posts to the bot, as JSON, the way Teams shapes them.</summary>
internal static class Activities
{
    public const string ServiceUrl = "http://127.0.0.1:9/amer/";

    /// <summary>The personal chat every activity is in unless a test names another.</summary>
    public const string ConversationId = "a:1x2y;messageid=42";

    public static JsonObject Message(string text, bool expectReplies = true, string channelId = "msteams", string conversationId = ConversationId) => new()
    {
        ["type"] = "message",
        // Unique like Teams' ids: the bot answers a repeated id once (redelivery).
        ["id"] = Guid.NewGuid().ToString("N"),
        ["timestamp"] = "2026-11-21T09:00:00.000Z",
        ["channelId"] = channelId,
        ["serviceUrl"] = ServiceUrl,
        ["from"] = new JsonObject { ["id"] = "29:user-1", ["name"] = "Casey", ["aadObjectId"] = "00000000-0000-0000-0000-000000000001" },
        ["recipient"] = new JsonObject { ["id"] = "28:skills-bot", ["name"] = "Skills Bot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = "tenant-1", ["futureField"] = "kept" },
        ["text"] = text,
        ["locale"] = "en-GB",
        ["deliveryMode"] = expectReplies ? "expectReplies" : null,
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
    };

    /// <summary>An invoke activity (a card action, a search, a feedback vote), which Teams sends with no delivery mode.</summary>
    public static JsonObject Invoke(string name, JsonObject value)
    {
        var invoke = Message("", expectReplies: false);
        invoke["type"] = "invoke";
        invoke["name"] = name;
        invoke["value"] = value;
        return invoke;
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, JsonNode activity) =>
        await client.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));

    public static async Task<HttpResponseMessage> PostRawAsync(HttpClient client, string body)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return await client.PostAsync("/api/messages", content);
    }

    /// <summary>The activities of an expectReplies response body.</summary>
    public static async Task<JsonArray> RepliesAsync(HttpResponseMessage response)
    {
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["activities"]!.AsArray();
    }

    /// <summary>Every string in a JSON node, in document order: what a person can read on a card.</summary>
    public static string AllText(JsonNode? node) => node switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>() + "\n",
        JsonObject obj => string.Concat(obj.Select(pair => AllText(pair.Value))),
        JsonArray array => string.Concat(array.Select(AllText)),
        _ => "",
    };
}
