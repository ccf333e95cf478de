using System.Collections.Immutable;
using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Understanding;

namespace ChatBot.Knowledge.Answers;

/// <summary>Two readings about as likely: each offered as a question the user can pick.</summary>
public sealed record ClarifyAnswer(OccupationFramework Framework, ImmutableArray<FrameworkQuestion> Choices) : FrameworkAnswer(Framework, [])
{
    public override T Accept<T>(IAnswerVisitor<T> visitor) => visitor.Clarify(this);
}
