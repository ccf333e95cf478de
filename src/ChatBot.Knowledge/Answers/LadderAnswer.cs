using System.Collections.Immutable;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Answers;

/// <summary>The levels in order with their role labels, and how many statements each section holds at each level.</summary>
public sealed record LadderAnswer(OccupationFramework Framework, ImmutableArray<SourceEntry> Sources) : FrameworkAnswer(Framework, Sources)
{
    public override T Accept<T>(IAnswerVisitor<T> visitor) => visitor.Ladder(this);
}
