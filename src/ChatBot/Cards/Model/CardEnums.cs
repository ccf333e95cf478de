using System.Text.Json.Serialization;

namespace ChatBot.Cards.Model;

[JsonConverter(typeof(JsonStringEnumConverter<TextWeight>))]
internal enum TextWeight
{
    Default,
    Lighter,
    Bolder,
}

[JsonConverter(typeof(JsonStringEnumConverter<TextSize>))]
internal enum TextSize
{
    Default,
    Small,
    Medium,
    Large,
    ExtraLarge,
}

[JsonConverter(typeof(JsonStringEnumConverter<TextColor>))]
internal enum TextColor
{
    Default,
    Dark,
    Light,
    Accent,
    Good,
    Warning,
    Attention,
}

[JsonConverter(typeof(JsonStringEnumConverter<ContainerStyle>))]
internal enum ContainerStyle
{
    Default,
    Emphasis,
    Good,
    Attention,
    Warning,
    Accent,
}

[JsonConverter(typeof(JsonStringEnumConverter<Spacing>))]
internal enum Spacing
{
    Default,
    None,
    Small,
    Medium,
    Large,
    ExtraLarge,
    Padding,
}

[JsonConverter(typeof(JsonStringEnumConverter<VerticalAlignment>))]
internal enum VerticalAlignment
{
    Top,
    Center,
    Bottom,
}
