using System.Collections.Immutable;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Understanding;

/// <summary>One of the O*NET lists, and any others asked for with it ("the skills and the work styles").</summary>
public sealed record ListQuestion(OccupationFramework Framework, OnetList List) : FrameworkQuestion(Framework)
{
    public ImmutableArray<OnetList> Others { get; init; } = [];

    public override string Key => KeyOf("list", List.ToString(), QuestionKey.All(Others.Select(other => other.ToString())));

    public override T Accept<T>(IQuestionVisitor<T> visitor) => visitor.List(this);

    internal override ConversationContext Next(ConversationContext context) =>
        Remember(context, new ConversationFocus(FocusKind.List, context.Level, null) { List = List }, []);
}
