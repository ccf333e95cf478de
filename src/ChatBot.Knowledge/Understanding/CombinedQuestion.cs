using System.Collections.Immutable;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Understanding;

/// <summary>
/// Two questions asked in one message, each answered in full ("Is this meant for a control room like ours? If it is,
/// show me the entry-level statements"). The conversation continues from the one about a level, if any.
/// </summary>
public sealed record CombinedQuestion(OccupationFramework Framework, ImmutableArray<FrameworkQuestion> Parts) : FrameworkQuestion(Framework)
{
    public override string Key => KeyOf("combined", QuestionKey.All(Parts.Select(part => part.Key)));

    public override T Accept<T>(IQuestionVisitor<T> visitor) => visitor.Combined(this);

    internal override ConversationContext Next(ConversationContext context) =>
        (Parts.FirstOrDefault(part => part is LevelQuestion or ProgressionQuestion or CompareQuestion or SectionsQuestion or AiUsageQuestion or DomainQuestion) ?? Parts[0]).Next(context);
}
