using System.Collections.Immutable;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Understanding;

/// <summary>
/// A request the framework can answer only in part ("how long does it take to reach Proficient?", "draft a job
/// description for an entry-level dispatcher, with salary and education"): what it does not hold, said plainly, and
/// <paramref name="Held"/>, the questions it can answer that help (the level's statements, the article's pay figures).
/// </summary>
public sealed record PartialQuestion(OccupationFramework Framework, NotHeld Missing, ImmutableArray<FrameworkQuestion> Held) : FrameworkQuestion(Framework)
{
    public override string Key => KeyOf("partial", Missing.ToString(), QuestionKey.All(Held.Select(held => held.Key)));

    public override T Accept<T>(IQuestionVisitor<T> visitor) => visitor.PartlyHeld(this);

    internal override ConversationContext Next(ConversationContext context) => Held.IsEmpty ? base.Next(context) : Held[0].Next(context);
}
