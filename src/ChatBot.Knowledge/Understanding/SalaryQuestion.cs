using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Understanding;

/// <summary>Pay: the framework has none; the reference articles may. <paramref name="Level"/> when pay at one level was asked.</summary>
public sealed record SalaryQuestion(OccupationFramework Framework, ProficiencyLevel? Level = null) : FrameworkQuestion(Framework)
{
    public override string Key => KeyOf("salary", QuestionKey.Name(Level));

    public override T Accept<T>(IQuestionVisitor<T> visitor) => visitor.Salary(this);

    internal override ConversationContext Next(ConversationContext context) => Remember(context, new ConversationFocus(FocusKind.Pay, Level, null), []);
}
