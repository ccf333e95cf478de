using System.Collections.Immutable;

namespace ChatBot.Knowledge.Model;

/// <summary>A role level of the framework with its role label ("Senior / Expert IC") and its statements in order.</summary>
public sealed record RoleLevel
{
    public required ProficiencyLevel Level { get; init; }

    /// <summary>The level's name as the framework writes it, e.g. "Proficient".</summary>
    public required string Name { get; init; }

    /// <summary>The role label, e.g. "Senior / Expert IC"; null when no source gives one.</summary>
    public string? RoleLabel { get; init; }

    public required ImmutableArray<Statement> Statements { get; init; }
}
