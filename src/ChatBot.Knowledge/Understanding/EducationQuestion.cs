using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Understanding;

/// <summary>Education and certification: the framework has none; the reference articles may.</summary>
public sealed record EducationQuestion(OccupationFramework Framework) : FrameworkQuestion(Framework)
{
    public override string Key => KeyOf("education");

    public override T Accept<T>(IQuestionVisitor<T> visitor) => visitor.Education(this);
}
