using System.Collections.Immutable;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Answers;

/// <summary>Education and certification: never from the framework (it has none), only what reference articles say, cited as such.</summary>
public sealed record EducationAnswer(OccupationFramework Framework, ImmutableArray<ReferencePassage> Passages, ImmutableArray<SourceEntry> Sources)
    : FrameworkAnswer(Framework, Sources)
{
    public override T Accept<T>(IAnswerVisitor<T> visitor) => visitor.Education(this);
}
