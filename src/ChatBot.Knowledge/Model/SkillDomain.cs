using System.Collections.Immutable;

namespace ChatBot.Knowledge.Model;

/// <summary>A durable-skill domain (Communication, Leadership, ...) with its statements per level.</summary>
public sealed record SkillDomain
{
    public required int Number { get; init; }

    public required string Name { get; init; }

    /// <summary>The count the page's header claims; it can differ from what the page lists.</summary>
    public int? DeclaredStatementCount { get; init; }

    public required ImmutableArray<StatementGroup> Groups { get; init; }

    public int StatementCount => Groups.Sum(group => group.Statements.Length);
}
