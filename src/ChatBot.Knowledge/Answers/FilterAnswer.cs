using System.Collections.Immutable;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Answers;

/// <summary>The previous answer's statements that cite <paramref name="Source"/> (or use one of <paramref name="Terms"/>), out of <paramref name="Searched"/>.</summary>
public sealed record FilterAnswer(
    OccupationFramework Framework,
    ImmutableArray<PlacedStatement> Searched,
    ImmutableArray<PlacedStatement> Matches,
    SourceEntry? Source,
    ImmutableArray<string> Terms,
    ImmutableArray<SourceEntry> Sources) : FrameworkAnswer(Framework, Sources)
{
    public override T Accept<T>(IAnswerVisitor<T> visitor) => visitor.Filter(this);
}
