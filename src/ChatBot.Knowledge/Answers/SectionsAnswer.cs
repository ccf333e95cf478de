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
    public override T Accept<T>(IAnswerVisitor<T> visitor) => visitor.Sections(this);
}
