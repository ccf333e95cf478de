using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Understanding;

/// <summary>"What does a Proficient dispatcher do?"; <paramref name="Fit"/> says why a described person fits this level.</summary>
public sealed record LevelQuestion(OccupationFramework Framework, ProficiencyLevel Level, LevelFit? Fit = null) : FrameworkQuestion(Framework)
{
    public override string Key => KeyOf("level", QuestionKey.Name(Level), Fit is null ? "" : $"{QuestionKey.All(Fit.Cues)}/{QuestionKey.All(Fit.RuledOut)}/{QuestionKey.All(Fit.Closest)}");

    public override T Accept<T>(IQuestionVisitor<T> visitor) => visitor.Level(this);

    internal override ConversationContext Next(ConversationContext context) =>
        Remember(context, new ConversationFocus(FocusKind.Level, Level, null), Statements(Framework, Level));

    internal static IEnumerable<PlacedStatement> Statements(OccupationFramework framework, ProficiencyLevel level) =>
        framework.FindLevel(level) is { } found ? Placed(found.Statements, StatementSection.RoleLevel, level, found.Name, null) : [];
}
