using System.Collections.Immutable;
using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Understanding;

namespace ChatBot.Knowledge.Answers;

/// <summary>What the framework does not hold (<paramref name="Missing"/>), said plainly, and the answers it does hold that help (<paramref name="Held"/>).</summary>
public sealed record PartialAnswer(OccupationFramework Framework, NotHeld Missing, ImmutableArray<Answer> Held)
    : FrameworkAnswer(Framework, [.. Held.OfType<FrameworkAnswer>().SelectMany(held => held.Sources).DistinctBy(source => source.Name)])
{
    public override T Accept<T>(IAnswerVisitor<T> visitor) => visitor.PartlyHeld(this);
}
