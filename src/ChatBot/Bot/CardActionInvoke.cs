using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.BotProtocol.Schema;
using ChatBot.Replies;

namespace ChatBot.Bot;

/// <summary>
/// Universal Actions: an <c>adaptiveCard/action</c> invoke carries <c>value.action</c> with a verb and data. The
/// question is the data's "question" (as on every button of ours) or else the verb; the card that answers it is the
/// invoke's response, which Teams shows in place of the card clicked, in every kind of conversation.
/// </summary>
internal static class CardActionInvoke
{
    public const string Name = "adaptiveCard/action";

    /// <summary>
    /// What an Action.Execute asks: its data's question and part (as every button's data carries them), or else its
    /// verb as the question; null when the invoke's value is not a valid Action.Execute.
    /// </summary>
    public static ReplyRequest? RequestOf(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value ||
            !value.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object ||
            !action.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "Action.Execute")
        {
            return null;
        }

        if (action.TryGetProperty("data", out var data) && ReplyRequest.FromButtonData(data) is { Question.Length: > 0 } asked)
        {
            return asked;
        }

        return action.TryGetProperty("verb", out var verb) && verb.ValueKind == JsonValueKind.String && verb.GetString() is { Length: > 0 } named ? new ReplyRequest(named) : null;
    }

    /// <summary>200 with the card that answers the action, as the Universal Actions response shape asks.</summary>
    public static InvokeResponse Card(JsonElement card) => new()
    {
        Status = 200,
        Body = JsonSerializer.SerializeToElement(new JsonObject
        {
            ["statusCode"] = 200,
            ["type"] = "application/vnd.microsoft.card.adaptive",
            ["value"] = JsonNode.Parse(card.GetRawText()),
        }),
    };

    /// <summary>400 in the shape the SDK sends for an invoke value that is not an Action.Execute.</summary>
    public static InvokeResponse BadRequest() => new()
    {
        Status = 400,
        Body = JsonSerializer.SerializeToElement(new JsonObject
        {
            ["statusCode"] = 400,
            ["type"] = "application/vnd.microsoft.error",
            ["value"] = new JsonObject { ["code"] = "BadRequest", ["message"] = "The invoke value is not an Action.Execute with a verb or a question." },
        }),
    };
}
