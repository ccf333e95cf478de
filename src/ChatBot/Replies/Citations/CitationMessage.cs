using System.Text.Json.Serialization;

namespace ChatBot.Replies.Citations;

/// <summary>
/// The Teams citation entity: one <c>https://schema.org/Message</c> entity per message whose <c>Claim</c>s Teams shows
/// as numbered references ([1], [2] ...) under the message. The answers are the framework's own words, not generated
/// text, so no AI-generated label is claimed.
/// </summary>
internal sealed record CitationMessage(IReadOnlyList<Claim> Citation)
{
    public const string EntityType = "https://schema.org/Message";

    [JsonPropertyName("type")]
    [JsonPropertyOrder(-4)]
    public string Type { get; init; } = EntityType;

    [JsonPropertyName("@type")]
    [JsonPropertyOrder(-3)]
    public string SchemaType { get; init; } = "Message";

    [JsonPropertyName("@context")]
    [JsonPropertyOrder(-2)]
    public string Context { get; init; } = "https://schema.org";

    [JsonPropertyName("@id")]
    [JsonPropertyOrder(-1)]
    public string Id { get; init; } = "";
}
