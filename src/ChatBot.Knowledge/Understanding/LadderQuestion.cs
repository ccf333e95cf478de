using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Understanding;

/// <summary>"What are the levels?", "how many statements at each level?": the ladder with its role labels and counts.</summary>
public sealed record LadderQuestion(OccupationFramework Framework) : FrameworkQuestion(Framework)
{
    public override string Key => KeyOf("ladder");

    public override T Accept<T>(IQuestionVisitor<T> visitor) => visitor.Ladder(this);

    /// <summary>After the ladder, "the second one" is a level.</summary>
    internal override ConversationContext Next(ConversationContext context) => context with
    {
        SocCode = Framework.Occupation.SocCode,
        Focus = new ConversationFocus(FocusKind.Ladder, context.Level, null),
        Items = [],
    };
}
