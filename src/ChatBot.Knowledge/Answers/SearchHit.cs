using System.Collections.Immutable;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Answers;

/// <summary>
/// A search result: a statement (with its citations) or a list item, and where it belongs.
/// </summary>
public sealed record SearchHit(string? Title, string Text, string Where, ImmutableArray<Citation> Citations, bool IsStatement)
{
    /// <summary>
    /// The statement's section, which says how it is sourced: a role-level statement cites nothing of its own (the
    /// export names sources for the framework as a whole); AI-usage and domain statements cite their own.
    /// </summary>
    public StatementSection? Section => Placed?.Place.Section;

    /// <summary>The statement hit, with where it sits; null for a list item or a paragraph.</summary>
    public PlacedStatement? Placed { get; init; }

    /// <summary>A statement as a hit: its title, text, place, citations and section, so it is credited as it is sourced.</summary>
    public static SearchHit Of(PlacedStatement placed) =>
        new(placed.Statement.Title, placed.Statement.Description, placed.Place.Describe(), placed.Statement.Citations, true) { Placed = placed };
}
