using System.Text.Json.Serialization;

namespace ChatBot.Replies.Citations;

/// <summary>What Teams shows for a reference: a name (≤80), an abstract (≤160), a URL only where certain, keywords (≤3 of ≤28).</summary>
internal sealed record CitedDocument(string Name, string Abstract)
{
    [JsonPropertyName("@type")]
    [JsonPropertyOrder(-1)]
    public string SchemaType { get; init; } = "DigitalDocument";

    public string? Url { get; init; }

    public IReadOnlyList<string>? Keywords { get; init; }
}
