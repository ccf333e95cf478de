using System.Text.Json.Serialization;

namespace ChatBot.Cards.Model;

/// <summary>
/// Action.Submit: a click arrives as a message with empty text and this action's data as its value, in Teams,
/// Web Chat and the Agents Playground alike. The data carries the question the button asks.
/// </summary>
internal sealed record SubmitAction(string Title, SubmitData Data)
{
    [JsonPropertyOrder(-1)]
    public string Type { get; init; } = "Action.Submit";
}
