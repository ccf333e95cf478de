namespace ChatBot.Cards.Model;

/// <summary>
/// A line of card text. Clients render a TextBlock's text as markdown, so only the bot's own wording goes here;
/// framework text (which contains "O*NET" and the like) goes in a <see cref="TextRun"/>.
/// </summary>
internal sealed record TextBlock(string Text) : CardElement
{
    public bool? Wrap { get; init; }

    public TextWeight? Weight { get; init; }

    public TextSize? Size { get; init; }

    public bool? IsSubtle { get; init; }

    public TextColor? Color { get; init; }
}
