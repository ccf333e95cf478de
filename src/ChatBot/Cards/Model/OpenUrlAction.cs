using System.Text.Json.Serialization;

namespace ChatBot.Cards.Model;

/// <summary>Action.OpenUrl: used only for URLs a source document gives, never for made-up ones.</summary>
internal sealed record OpenUrlAction(Uri Url)
{
    [JsonPropertyOrder(-1)]
    public string Type { get; init; } = "Action.OpenUrl";

    public string? Title { get; init; }
}
