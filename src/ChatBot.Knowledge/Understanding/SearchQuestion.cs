using System.Collections.Immutable;
using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Search;

namespace ChatBot.Knowledge.Understanding;

/// <summary>
/// A search across every section, or within <see cref="Scope"/>, for <paramref name="Terms"/>; found by retrieval when
/// no other kind of question fits. The hits are found when the question is read, so the conversation remembers them
/// ("what does the second one say?").
/// </summary>
public sealed record SearchQuestion(OccupationFramework Framework, ImmutableArray<string> Terms) : FrameworkQuestion(Framework)
{
    public SearchScope Scope { get; init; } = SearchScope.Everywhere;

    /// <summary>What the search finds, best first.</summary>
    public ImmutableArray<SearchHit> Hits { get; init; } = [];

    public override string Key => KeyOf("search", QuestionKey.All(Terms), Scope.ToString());

    public override T Accept<T>(IQuestionVisitor<T> visitor) => visitor.Search(this);

    internal override ConversationContext Next(ConversationContext context) =>
        Remember(context, new ConversationFocus(FocusKind.Search, context.Level, null), Hits.Select(hit => hit.Placed).OfType<PlacedStatement>());

    /// <summary>A search of <paramref name="index"/>'s framework, its hits found now.</summary>
    internal static SearchQuestion Find(FrameworkIndex index, ImmutableArray<string> terms, SearchScope? scope = null) =>
        new(index.Framework, terms) { Scope = scope ?? SearchScope.Everywhere, Hits = Retriever.Find(index, terms, scope ?? SearchScope.Everywhere) };
}
