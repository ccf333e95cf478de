using System.Collections.Immutable;

namespace ChatBot.SyntheticSeeds;

/// <summary>The statements of one level: a role level (with its role label), an AI-usage level or a domain level.</summary>
public sealed record SyntheticStatementGroup
{
    /// <summary>The level's place on the ladder, 1 (Emerging) to 4 (Advanced).</summary>
    public required int Rank { get; init; }

    /// <summary>The level's name as the section writes it: "Proficient", or "Applying" in a durable-skill domain.</summary>
    public required string LevelName { get; init; }

    /// <summary>The role label ("Senior / Expert IC"); only role levels have one.</summary>
    public string? RoleLabel { get; init; }

    public required ImmutableArray<SyntheticStatement> Statements { get; init; }
}
