using System.Collections.Immutable;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Answers;

/// <summary>The answers to two questions asked in one message, in the order asked.</summary>
public sealed record CombinedAnswer(OccupationFramework Framework, ImmutableArray<Answer> Parts)
    : FrameworkAnswer(Framework, [.. Parts.OfType<FrameworkAnswer>().SelectMany(part => part.Sources).DistinctBy(source => source.Name)])
{
    public override T Accept<T>(IAnswerVisitor<T> visitor) => visitor.Combined(this);
}
