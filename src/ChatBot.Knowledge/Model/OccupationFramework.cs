using System.Collections.Immutable;

namespace ChatBot.Knowledge.Model;

/// <summary>Everything the store knows about one occupation's skills framework, merged from its source documents.</summary>
public sealed record OccupationFramework
{
    public required OccupationProfile Occupation { get; init; }

    /// <summary>The framework's version, e.g. "v.26.05".</summary>
    public string? Version { get; init; }

    /// <summary>When the framework's JSON export was made, when it says.</summary>
    public DateTimeOffset? ExportedAt { get; init; }

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
    public IEnumerable<Statement> AllStatements() => PlacedStatements().Select(placed => placed.Statement);

    /// <summary>Every statement with where it sits, in page order.</summary>
    public IEnumerable<PlacedStatement> PlacedStatements() =>
        Levels.SelectMany(level => level.Statements.Select(statement =>
                new PlacedStatement(statement, new StatementPlace(StatementSection.RoleLevel, level.Level, level.Name, null))))
            .Concat(AiUsage.SelectMany(group => group.Statements.Select(statement =>
                new PlacedStatement(statement, new StatementPlace(StatementSection.AiUsage, group.Level, group.LevelName, null)))))
            .Concat(Domains.SelectMany(domain => domain.Groups.SelectMany(group => group.Statements.Select(statement =>
                new PlacedStatement(statement, new StatementPlace(StatementSection.Domain, group.Level, group.LevelName, domain.Name))))));

    public SkillDomain? FindDomain(string name) =>
        Domains.FirstOrDefault(domain => string.Equals(domain.Name, name, StringComparison.OrdinalIgnoreCase));

    public StatementGroup? FindAiUsage(ProficiencyLevel level) => AiUsage.FirstOrDefault(group => group.Level == level);

    /// <summary>The items of one O*NET list.</summary>
    public System.Collections.Immutable.ImmutableArray<string> List(OnetList list) => list switch
    {
        OnetList.Tasks => Onet.Tasks,
        OnetList.Technology => Onet.Technology,
        OnetList.Skills => Onet.Skills,
        OnetList.KnowledgeDomains => Onet.KnowledgeDomains,
        OnetList.Abilities => Onet.Abilities,
        OnetList.WorkStyles => Onet.WorkStyles,
        _ => Onet.RelatedTitles,
    };
}
