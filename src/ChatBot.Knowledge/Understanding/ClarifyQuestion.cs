using System.Collections.Immutable;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Understanding;

/// <summary>Two readings of a message are about as likely: the user picks one, each offered as the question it would ask.</summary>
public sealed record ClarifyQuestion(OccupationFramework Framework, ImmutableArray<FrameworkQuestion> Choices) : FrameworkQuestion(Framework)
{
    public override string Key => KeyOf("clarify", QuestionKey.All(Choices.Select(choice => choice.Key)));

    public override T Accept<T>(IQuestionVisitor<T> visitor) => visitor.Clarify(this);

    internal override ConversationContext Next(ConversationContext context) => context with { SocCode = Framework.Occupation.SocCode };
}
