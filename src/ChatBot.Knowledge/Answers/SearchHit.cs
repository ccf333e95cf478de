using System.Collections.Immutable;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Answers;

/// <summary>
/// A search result: a statement (with its citations) or a list item, and where it belongs. <paramref name="Section"/>
/// is the statement's section, which says how it is sourced: a role-level statement cites nothing of its own (the
/// export names sources for the framework as a whole); AI-usage and domain statements cite their own.
/// </summary>
public sealed record SearchHit(string? Title, string Text, string Where, ImmutableArray<Citation> Citations, bool IsStatement, StatementSection? Section = null)
{
    /// <summary>The statement hit, with where it sits; null for a list item or a paragraph.</summary>
    public PlacedStatement? Placed { get; init; }
}
