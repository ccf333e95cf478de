using System.Collections.Immutable;

namespace ChatBot.Knowledge.Model;

/// <summary>The statements of one level within a section (AI usage, or a durable-skill domain).</summary>
public sealed record StatementGroup
{
    public required ProficiencyLevel Level { get; init; }

    /// <summary>The level's name as that section writes it: durable-skill domains say "Applying" for Proficient.</summary>
    public required string LevelName { get; init; }

    public required ImmutableArray<Statement> Statements { get; init; }
}
