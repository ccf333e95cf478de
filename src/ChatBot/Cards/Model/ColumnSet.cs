namespace ChatBot.Cards.Model;

/// <summary>Columns side by side (a comparison of two levels).</summary>
internal sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement;
