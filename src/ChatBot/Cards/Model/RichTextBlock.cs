namespace ChatBot.Cards.Model;

/// <summary>A paragraph of text runs; runs are shown as written, never as markdown.</summary>
internal sealed record RichTextBlock(IReadOnlyList<TextRun> Inlines) : CardElement;
