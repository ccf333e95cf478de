using System.Collections.Immutable;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Understanding;

/// <summary>
/// The source list, or the sources behind the previous answer when <paramref name="Focus"/> is given (with the
/// statements it showed in <paramref name="Items"/>).
/// </summary>
public sealed record SourcesQuestion(OccupationFramework Framework, ConversationFocus? Focus, ImmutableArray<PlacedStatement> Items = default) : FrameworkQuestion(Framework)
{
    public ImmutableArray<PlacedStatement> Items { get; init; } = Items.IsDefault ? [] : Items;

    public override string Key => KeyOf("sources", Focus is null ? "" : $"{Focus.Kind}/{QuestionKey.Name(Focus.Level)}/{Focus.DomainName}", QuestionKey.All(Items.Select(QuestionKey.Place)));

    public override T Accept<T>(IQuestionVisitor<T> visitor) => visitor.Sources(this);

    /// <summary>Sources are about the previous answer: the conversation stays where it was.</summary>
    internal override ConversationContext Next(ConversationContext context) => context with { SocCode = Framework.Occupation.SocCode };
}
