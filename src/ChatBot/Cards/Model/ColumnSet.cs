namespace ChatBot.Cards.Model;

/// <summary>Columns side by side (a comparison of two levels, a section's title line).</summary>
internal sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement
{
    /// <summary>What a click anywhere on the row does (a section's title line shows or hides the section).</summary>
    public CardAction? SelectAction { get; init; }
}
