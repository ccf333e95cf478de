using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Understanding;

/// <summary>A durable-skill domain at one level, or at every level when <paramref name="Level"/> is null.</summary>
public sealed record DomainQuestion(OccupationFramework Framework, SkillDomain Domain, ProficiencyLevel? Level) : FrameworkQuestion(Framework)
{
    public override string Key => KeyOf("domain", Domain.Name, QuestionKey.Name(Level));

    public override T Accept<T>(IQuestionVisitor<T> visitor) => visitor.Domain(this);

    internal override ConversationContext Next(ConversationContext context) =>
        Remember(context, new ConversationFocus(FocusKind.Domain, Level, Domain.Name), Statements(Domain, Level));

    internal static IEnumerable<PlacedStatement> Statements(SkillDomain domain, ProficiencyLevel? level) =>
        domain.Groups.Where(group => level is null || group.Level == level)
            .SelectMany(group => Placed(group.Statements, StatementSection.Domain, group.Level, group.LevelName, domain.Name));
}
