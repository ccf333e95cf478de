using System.Collections.Immutable;
using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Search;

namespace ChatBot.Knowledge.Understanding;

/// <summary>A search across every section, for <paramref name="Terms"/>; found by retrieval when no other kind of question fits.</summary>
public sealed record SearchQuestion(OccupationFramework Framework, ImmutableArray<string> Terms) : FrameworkQuestion(Framework)
{
    public SearchScope Scope { get; init; } = SearchScope.Everywhere;

    public override string Key => KeyOf("search", QuestionKey.All(Terms), Scope.ToString());

    public override T Accept<T>(IQuestionVisitor<T> visitor) => visitor.Search(this);

    internal override ConversationContext Next(ConversationContext context) =>
        Remember(context, new ConversationFocus(FocusKind.Search, context.Level, null), []);
}
