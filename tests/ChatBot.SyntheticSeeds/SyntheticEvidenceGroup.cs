using System.Collections.Immutable;

namespace ChatBot.SyntheticSeeds;

/// <summary>A titled block of the evidence pack ("AEI usage", "SAFI positioning", "WEF cluster").</summary>
public sealed record SyntheticEvidenceGroup
{
    public required string Name { get; init; }

    public required ImmutableArray<SyntheticEvidenceFact> Facts { get; init; }
}
