using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Understanding;

/// <summary>Two levels side by side.</summary>
public sealed record CompareQuestion(OccupationFramework Framework, ProficiencyLevel Left, ProficiencyLevel Right) : FrameworkQuestion(Framework)
{
    public override string Key => KeyOf("compare", QuestionKey.Name(Left), QuestionKey.Name(Right));

    public override T Accept<T>(IQuestionVisitor<T> visitor) => visitor.Compare(this);

    internal override ConversationContext Next(ConversationContext context) =>
        Remember(context, new ConversationFocus(FocusKind.Compare, Left, null) { OtherLevel = Right },
            LevelQuestion.Statements(Framework, Left).Concat(LevelQuestion.Statements(Framework, Right)));
}
