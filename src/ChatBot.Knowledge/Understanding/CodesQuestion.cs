using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Understanding;

/// <summary>SOC and CIP codes, job zone, framework version.</summary>
public sealed record CodesQuestion(OccupationFramework Framework) : FrameworkQuestion(Framework)
{
    public override string Key => KeyOf("codes");

    public override T Accept<T>(IQuestionVisitor<T> visitor) => visitor.Codes(this);
}
