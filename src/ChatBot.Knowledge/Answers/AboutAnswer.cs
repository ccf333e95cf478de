using System.Collections.Immutable;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Answers;

/// <summary>The framework's version, export date, attribution and the sources its data comes from, as its documents state them.</summary>
public sealed record AboutAnswer(OccupationFramework Framework, ImmutableArray<SourceEntry> Sources) : FrameworkAnswer(Framework, Sources)
{
    public override T Accept<T>(IAnswerVisitor<T> visitor) => visitor.About(this);
}
