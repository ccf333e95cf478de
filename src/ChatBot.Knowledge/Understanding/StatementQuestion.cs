using System.Collections.Immutable;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Understanding;

/// <summary>One statement by its title (or by its place in the previous answer); the same title can sit in more than one place.</summary>
public sealed record StatementQuestion(OccupationFramework Framework, ImmutableArray<PlacedStatement> Matches) : FrameworkQuestion(Framework)
{
    public override string Key => KeyOf("statement", QuestionKey.All(Matches.Select(QuestionKey.Place)));

    public override T Accept<T>(IQuestionVisitor<T> visitor) => visitor.Statement(this);

    /// <summary>One statement shown keeps its section, so "and at Developing?" after an AI statement is AI use at Developing.</summary>
    internal override ConversationContext Next(ConversationContext context)
    {
        var single = Matches.Length == 1 ? Matches[0].Place : null;
        var focus = new ConversationFocus(FocusKind.Statement, single?.Level ?? context.Level, single?.DomainName)
        {
            WithAi = single?.Section == StatementSection.AiUsage,
        };
        return Remember(context, focus, Matches);
    }
}
