using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Understanding;

/// <summary>"How do I get from Developing to Proficient?": what the target level adds over the current one.</summary>
public sealed record ProgressionQuestion(OccupationFramework Framework, ProficiencyLevel From, ProficiencyLevel To) : FrameworkQuestion(Framework)
{
    public override string Key => KeyOf("progression", QuestionKey.Name(From), QuestionKey.Name(To));

    public override T Accept<T>(IQuestionVisitor<T> visitor) => visitor.Progression(this);

    internal override ConversationContext Next(ConversationContext context) =>
        Remember(context, new ConversationFocus(FocusKind.Progression, From, null) { OtherLevel = To }, LevelQuestion.Statements(Framework, To));
}
