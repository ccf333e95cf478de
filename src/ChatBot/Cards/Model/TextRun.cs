using System.Text.Json.Serialization;

namespace ChatBot.Cards.Model;

/// <summary>A run of literal text inside a <see cref="RichTextBlock"/>.</summary>
internal sealed record TextRun(string Text)
{
    [JsonPropertyOrder(-1)]
    public string Type { get; init; } = "TextRun";

    public TextWeight? Weight { get; init; }

    public TextSize? Size { get; init; }

    public bool? IsSubtle { get; init; }

    public TextColor? Color { get; init; }

    public bool? Italic { get; init; }

    public OpenUrlAction? SelectAction { get; init; }
}
