using System.Collections.Immutable;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Understanding;

/// <summary>One statement by its title (or by its place in the previous answer); the same title can sit in more than one place.</summary>
public sealed record StatementQuestion(OccupationFramework Framework, ImmutableArray<PlacedStatement> Matches) : FrameworkQuestion(Framework)
{
    public override string Key => KeyOf("statement", QuestionKey.All(Matches.Select(QuestionKey.Place)));

    public override T Accept<T>(IQuestionVisitor<T> visitor) => visitor.Statement(this);

    internal override ConversationContext Next(ConversationContext context) =>
        Remember(context, new ConversationFocus(FocusKind.Statement, Matches.Length == 1 ? Matches[0].Place.Level : context.Level, null), Matches);
}
