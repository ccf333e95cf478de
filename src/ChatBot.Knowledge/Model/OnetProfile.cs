using System.Collections.Immutable;

namespace ChatBot.Knowledge.Model;

/// <summary>The O*NET enrichment a framework page lists beside its statements.</summary>
public sealed record OnetProfile
{
    public static OnetProfile Empty { get; } = new();

    public ImmutableArray<string> RelatedTitles { get; init; } = [];

    public ImmutableArray<string> Skills { get; init; } = [];

    public ImmutableArray<string> KnowledgeDomains { get; init; } = [];

    public ImmutableArray<string> Abilities { get; init; } = [];

    public ImmutableArray<string> WorkStyles { get; init; } = [];

    public ImmutableArray<string> Technology { get; init; } = [];

    public ImmutableArray<string> Tasks { get; init; } = [];

    public ImmutableArray<string> CipCodes { get; init; } = [];
}
