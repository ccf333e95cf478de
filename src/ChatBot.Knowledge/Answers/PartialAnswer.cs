using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Understanding;

namespace ChatBot.Knowledge.Answers;

/// <summary>What the framework does not hold (<paramref name="Missing"/>), said plainly, and what it does hold that helps (<paramref name="Inner"/>).</summary>
public sealed record PartialAnswer(OccupationFramework Framework, NotHeld Missing, Answer? Inner)
    : FrameworkAnswer(Framework, Inner is FrameworkAnswer inner ? inner.Sources : [])
{
    public override T Accept<T>(IAnswerVisitor<T> visitor) => visitor.PartlyHeld(this);
}
