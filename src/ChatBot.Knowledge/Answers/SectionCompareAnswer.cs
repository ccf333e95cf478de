using System.Collections.Immutable;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Answers;

/// <summary>One section (a domain, or AI use when <paramref name="Domain"/> is null) at two levels, each group as the framework words it.</summary>
public sealed record SectionCompareAnswer(
    OccupationFramework Framework,
    SkillDomain? Domain,
    RoleLevel Left,
    RoleLevel Right,
    StatementGroup? LeftGroup,
    StatementGroup? RightGroup,
    ImmutableArray<SourceEntry> Sources) : FrameworkAnswer(Framework, Sources)
{
    public override T Accept<T>(IAnswerVisitor<T> visitor) => visitor.SectionCompare(this);
}
