using System.Collections.Immutable;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Answers;

/// <summary>A search result: a statement (with its citations) or a list item, and where it belongs.</summary>
public sealed record SearchHit(string? Title, string Text, string Where, ImmutableArray<Citation> Citations, bool IsStatement)
{
    /// <summary>The statement hit, with where it sits; null for a list item or a paragraph.</summary>
    public PlacedStatement? Placed { get; init; }
}
