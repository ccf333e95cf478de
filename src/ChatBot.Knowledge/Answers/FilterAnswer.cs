using System.Collections.Immutable;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Answers;

/// <summary>The statements of <paramref name="Searched"/> that <paramref name="Rule"/> keeps, with its <paramref name="Source"/> or <paramref name="Terms"/>.</summary>
public sealed record FilterAnswer(
    OccupationFramework Framework,
    ImmutableArray<PlacedStatement> Searched,
    ImmutableArray<PlacedStatement> Matches,
    Understanding.FilterRule Rule,
    SourceEntry? Source,
    ImmutableArray<string> Terms,
    ImmutableArray<SourceEntry> Sources) : FrameworkAnswer(Framework, Sources)
{
    /// <summary>Whether <see cref="Searched"/> is the previous answer, not a section the question named ("which AI statements cite ...?").</summary>
    public bool OfPreviousAnswer { get; init; } = true;

    public override T Accept<T>(IAnswerVisitor<T> visitor) => visitor.Filter(this);
}
