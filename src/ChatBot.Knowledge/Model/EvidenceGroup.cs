using System.Collections.Immutable;

namespace ChatBot.Knowledge.Model;

/// <summary>A titled block of the evidence pack, e.g. "AEI usage" or "SAFI positioning".</summary>
public sealed record EvidenceGroup
{
    public required string Name { get; init; }

    public required ImmutableArray<EvidenceFact> Facts { get; init; }

    /// <summary>The value of the fact with this label (case-insensitive), or null.</summary>
    public string? Find(string label) =>
        Facts.FirstOrDefault(fact => string.Equals(fact.Label, label, StringComparison.OrdinalIgnoreCase))?.Value;
}
