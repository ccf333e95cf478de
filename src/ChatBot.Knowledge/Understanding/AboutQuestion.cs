using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Understanding;

/// <summary>"When was it last updated?", "who made this framework?": version, export date, who publishes it and where its data comes from.</summary>
public sealed record AboutQuestion(OccupationFramework Framework) : FrameworkQuestion(Framework)
{
    public override string Key => KeyOf("about");

    public override T Accept<T>(IQuestionVisitor<T> visitor) => visitor.About(this);
}
