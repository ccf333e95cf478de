using System.Text.Json.Serialization;

namespace ChatBot.Cards.Model;

/// <summary>The root of an Adaptive Card, version 1.5: the highest Teams renders in bot messages.</summary>
internal sealed record AdaptiveCard(IReadOnlyList<CardElement> Body)
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    [JsonPropertyOrder(-3)]
    public string Type { get; init; } = "AdaptiveCard";

    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-2)]
    public string Schema { get; init; } = "http://adaptivecards.io/schemas/adaptive-card.json";

    [JsonPropertyOrder(-1)]
    public string Version { get; init; } = "1.5";

    /// <summary>What a screen reader or Immersive Reader says for the whole card (plain text, escaped for SSML).</summary>
    public string? Speak { get; init; }
}
