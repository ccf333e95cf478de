using System.Text.Json.Serialization;

namespace ChatBot.Replies.Citations;

/// <summary>One numbered reference: its position (the n in [n]) and the document it points to.</summary>
internal sealed record Claim(int Position, CitedDocument Appearance)
{
    [JsonPropertyName("@type")]
    [JsonPropertyOrder(-1)]
    public string SchemaType { get; init; } = "Claim";
}
