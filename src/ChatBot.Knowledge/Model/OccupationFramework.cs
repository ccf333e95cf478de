using System.Collections.Immutable;

namespace ChatBot.Knowledge.Model;

/// <summary>Everything the store knows about one occupation's skills framework, merged from its source documents.</summary>
public sealed record OccupationFramework
{
    public required OccupationProfile Occupation { get; init; }

    /// <summary>The framework's version, e.g. "v.26.05".</summary>
    public string? Version { get; init; }

    public string? Description { get; init; }

    /// <summary>What the framework covers (and by implication what it does not).</summary>
    public string? ContextCovered { get; init; }

    /// <summary>The role levels in ladder order (Emerging first).</summary>
    public required ImmutableArray<RoleLevel> Levels { get; init; }

    /// <summary>Sources behind the role-level statements (the export's source list, named as the page names them).</summary>
    public ImmutableArray<SourceReference> LevelSources { get; init; } = [];

    public ImmutableArray<StatementGroup> AiUsage { get; init; } = [];

    public ImmutableArray<EvidenceGroup> EvidencePack { get; init; } = [];

    public ImmutableArray<SkillDomain> Domains { get; init; } = [];

    public OnetProfile Onet { get; init; } = OnetProfile.Empty;

    /// <summary>The page's full source list.</summary>
    public ImmutableArray<SourceReference> Sources { get; init; } = [];

    public string? Attribution { get; init; }

    /// <summary>The seed files this framework was built from.</summary>
    public required ImmutableArray<string> SourceFiles { get; init; }

    public RoleLevel? FindLevel(ProficiencyLevel level) => Levels.FirstOrDefault(candidate => candidate.Level == level);

    /// <summary>Every statement of the framework: role levels, AI usage and durable-skill domains.</summary>
    public IEnumerable<Statement> AllStatements() =>
        Levels.SelectMany(level => level.Statements)
            .Concat(AiUsage.SelectMany(group => group.Statements))
            .Concat(Domains.SelectMany(domain => domain.Groups).SelectMany(group => group.Statements));
}
