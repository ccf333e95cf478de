using System.Collections.Immutable;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Answers;

/// <summary>Several sections at one level: its own statements (when asked), its AI use (when asked) and the domains asked for.</summary>
public sealed record SectionsAnswer(
    OccupationFramework Framework,
    RoleLevel Level,
    bool LevelStatements,
    StatementGroup? AiUsage,
    ImmutableArray<DomainStatements> Domains,
    ImmutableArray<SourceEntry> Sources) : FrameworkAnswer(Framework, Sources)
{
    /// <summary>O*NET lists asked for beside the level's sections, each with its items.</summary>
    public ImmutableArray<(OnetList List, ImmutableArray<string> Items)> Lists { get; init; } = [];

    /// <summary>The evidence pack, when asked for beside them.</summary>
    public ImmutableArray<EvidenceGroup> Evidence { get; init; } = [];

    public override T Accept<T>(IAnswerVisitor<T> visitor) => visitor.Sections(this);
}
