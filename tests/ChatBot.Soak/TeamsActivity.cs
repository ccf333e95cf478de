using System.Text.Json;

namespace ChatBot.Soak;

/// <summary>
/// Activities shaped as Teams sends them in a personal chat (as tests/load/teams.lua builds them): a message asking
/// for expectReplies, or an Action.Execute invoke, which Teams sends without a delivery mode and which is answered in
/// the response body.
/// </summary>
internal static class TeamsActivity
{
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private const string BotId = "28:8a2f3c1e-5b7d-4e9f-a1c3-6d0e2b4f7a91";

    public static byte[] For(Turn turn, string activityId, string conversationId, int user)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", turn.Invoke ? "invoke" : "message");
            json.WriteString("id", activityId);
            json.WriteString("timestamp", DateTimeOffset.UtcNow.ToString("O"));
            json.WriteString("serviceUrl", "http://127.0.0.1:1/");
            json.WriteString("channelId", "msteams");
            json.WriteStartObject("from");
            json.WriteString("id", $"29:1SoakUser{user}x7QzKf2pVn");
            json.WriteString("name", $"Soak User {user}");
            json.WriteString("aadObjectId", $"00000000-0000-4000-8000-{user:D12}");
            json.WriteEndObject();
            json.WriteStartObject("conversation");
            json.WriteString("conversationType", "personal");
            json.WriteString("tenantId", Tenant);
            json.WriteString("id", conversationId);
            json.WriteEndObject();
            json.WriteStartObject("recipient");
            json.WriteString("id", BotId);
            json.WriteString("name", "Skills Bot");
            json.WriteEndObject();
            json.WriteString("locale", "en-US");
            json.WriteStartObject("channelData");
            json.WriteStartObject("tenant");
            json.WriteString("id", Tenant);
            json.WriteEndObject();
            json.WriteEndObject();
            if (turn.Invoke)
            {
                json.WriteString("name", "adaptiveCard/action");
                json.WriteStartObject("value");
                json.WriteStartObject("action");
                json.WriteString("type", "Action.Execute");
                json.WritePropertyName("data");
                turn.ButtonData!.Value.WriteTo(json);
                json.WriteEndObject();
                json.WriteString("trigger", "manual");
                json.WriteEndObject();
            }
            else
            {
                json.WriteString("textFormat", "plain");
                json.WriteString("text", turn.Text ?? "");
                if (turn.ButtonData is { } data)
                {
                    json.WritePropertyName("value");
                    data.WriteTo(json);
                }

                json.WriteString("deliveryMode", "expectReplies");
            }

            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
