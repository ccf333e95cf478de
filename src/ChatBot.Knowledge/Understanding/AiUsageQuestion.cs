using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Understanding;

/// <summary>How each level uses AI, or one level when <paramref name="Level"/> is given.</summary>
public sealed record AiUsageQuestion(OccupationFramework Framework, ProficiencyLevel? Level) : FrameworkQuestion(Framework)
{
    public override string Key => KeyOf("ai", QuestionKey.Name(Level));

    public override T Accept<T>(IQuestionVisitor<T> visitor) => visitor.AiUsage(this);

    internal override ConversationContext Next(ConversationContext context) =>
        Remember(context, new ConversationFocus(FocusKind.AiUsage, Level, null), Statements(Framework, Level));

    internal static IEnumerable<PlacedStatement> Statements(OccupationFramework framework, ProficiencyLevel? level) =>
        framework.AiUsage.Where(group => level is null || group.Level == level)
            .SelectMany(group => Placed(group.Statements, StatementSection.AiUsage, group.Level, group.LevelName, null));
}
