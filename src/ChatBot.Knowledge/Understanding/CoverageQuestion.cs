using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Understanding;

/// <summary>"Is a cab starter covered?": a related title of the occupation.</summary>
public sealed record CoverageQuestion(OccupationFramework Framework, string RelatedTitle) : FrameworkQuestion(Framework)
{
    public override string Key => KeyOf("coverage", RelatedTitle);

    public override T Accept<T>(IQuestionVisitor<T> visitor) => visitor.Coverage(this);
}
