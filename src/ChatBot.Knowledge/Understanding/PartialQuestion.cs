using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Understanding;

/// <summary>
/// A request the framework can answer only in part ("how long does it take to reach Proficient?", "write me a job ad
/// for a mid-level dispatcher"): what it does not hold, said plainly, and <paramref name="Inner"/>, what it does hold
/// that helps (the level's statements).
/// </summary>
public sealed record PartialQuestion(OccupationFramework Framework, NotHeld Missing, FrameworkQuestion? Inner) : FrameworkQuestion(Framework)
{
    public override string Key => KeyOf("partial", Missing.ToString(), Inner?.Key ?? "");

    public override T Accept<T>(IQuestionVisitor<T> visitor) => visitor.PartlyHeld(this);

    internal override ConversationContext Next(ConversationContext context) => Inner?.Next(context) ?? base.Next(context);
}
