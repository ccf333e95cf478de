using System.Collections.Immutable;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Understanding;

/// <summary>
/// Several sections at one level in one reply, as someone assembling a promotion case asks: the level's own
/// statements, its AI use, some durable-skill domains (every one of them when asked for the durable skills), and
/// beside them O*NET lists and the evidence pack, which hold for every level.
/// </summary>
public sealed record SectionsQuestion(OccupationFramework Framework, ProficiencyLevel Level, bool LevelStatements, bool AiUsage, ImmutableArray<SkillDomain> Domains) : FrameworkQuestion(Framework)
{
    public ImmutableArray<OnetList> Lists { get; init; } = [];

    public bool Evidence { get; init; }

    public override string Key => KeyOf("sections", QuestionKey.Name(Level), LevelStatements ? "L" : "", AiUsage ? "A" : "", QuestionKey.All(Domains.Select(domain => domain.Name)),
        QuestionKey.All(Lists.Select(list => list.ToString())), Evidence ? "E" : "");

    public override T Accept<T>(IQuestionVisitor<T> visitor) => visitor.Sections(this);

    internal override ConversationContext Next(ConversationContext context) =>
        Remember(context,
            new ConversationFocus(FocusKind.Sections, Level, Domains.Length == 1 ? Domains[0].Name : null)
            {
                WithLevelStatements = LevelStatements,
                WithAi = AiUsage,
                Domains = [.. Domains.Select(domain => domain.Name)],
            },
            (LevelStatements ? LevelQuestion.Statements(Framework, Level) : [])
                .Concat(AiUsage ? AiUsageQuestion.Statements(Framework, Level) : [])
                .Concat(Domains.SelectMany(domain => DomainQuestion.Statements(domain, Level))));
}
