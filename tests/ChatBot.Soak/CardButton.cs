using System.Text.Json;

namespace ChatBot.Soak;

/// <summary>A button on a card the bot returned: its title and the data it submits.</summary>
internal sealed record CardButton(string Title, JsonElement Data);
