using System.Text.Json;

namespace ChatBot.Soak;

/// <summary>
/// One request of a conversation: typed text, or a card button's data sent back as a message value (Action.Submit) or
/// as an <c>adaptiveCard/action</c> invoke (Action.Execute); and what the answer must list.
/// </summary>
internal sealed record Turn(string Kind, string Asked, Expectation Expected)
{
    public string? Text { get; init; }

    /// <summary>The data of the button clicked, exactly as the bot's card carried it.</summary>
    public JsonElement? ButtonData { get; init; }

    public bool Invoke { get; init; }
}
