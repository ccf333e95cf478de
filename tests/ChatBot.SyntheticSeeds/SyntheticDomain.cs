using System.Collections.Immutable;

namespace ChatBot.SyntheticSeeds;

/// <summary>A durable-skill domain with its statements at each of the four levels.</summary>
public sealed record SyntheticDomain
{
    public required int Number { get; init; }

    public required string Name { get; init; }

    public required ImmutableArray<SyntheticStatementGroup> Groups { get; init; }

    /// <summary>What the domain's header line declares, which is exactly what it lists.</summary>
    public int StatementCount => Groups.Sum(group => group.Statements.Length);
}
