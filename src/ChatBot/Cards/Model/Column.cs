using System.Text.Json.Serialization;

namespace ChatBot.Cards.Model;

internal sealed record Column(IReadOnlyList<CardElement> Items)
{
    [JsonPropertyOrder(-1)]
    public string Type { get; init; } = "Column";

    /// <summary>"stretch", "auto" or a relative weight such as "1".</summary>
    public string? Width { get; init; }

    public ContainerStyle? Style { get; init; }

    public VerticalAlignment? VerticalContentAlignment { get; init; }
}
