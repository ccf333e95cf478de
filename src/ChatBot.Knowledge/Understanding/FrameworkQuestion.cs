using System.Collections.Immutable;
using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Understanding;

/// <summary>A question about one occupation's framework.</summary>
public abstract record FrameworkQuestion(OccupationFramework Framework) : Question
{
    /// <summary>By default the conversation stays with this occupation and its level, and forgets what was shown.</summary>
    internal override ConversationContext Next(ConversationContext context) => context with
    {
        SocCode = Framework.Occupation.SocCode,
        Focus = new ConversationFocus(FocusKind.Other, context.Level, null),
        Items = [],
    };

    /// <summary>The context after an answer about <paramref name="focus"/> that showed <paramref name="shown"/>.</summary>
    private protected ConversationContext Remember(ConversationContext context, ConversationFocus focus, IEnumerable<PlacedStatement> shown) => new()
    {
        SocCode = Framework.Occupation.SocCode,
        Level = focus.OtherLevel ?? focus.Level ?? context.Level,
        SpeakerLevel = context.SpeakerLevel,
        DomainName = focus.DomainName ?? context.DomainName,
        Focus = focus,
        Items = [.. shown.Select(StatementRef.Of)],
    };

    private protected string KeyOf(string kind, params ReadOnlySpan<string> entities) => QuestionKey.Join(kind, Framework, entities);

    private protected static ImmutableArray<PlacedStatement> Placed(ImmutableArray<Statement> statements, StatementSection section, ProficiencyLevel level, string levelName, string? domain) =>
        [.. statements.Select(statement => new PlacedStatement(statement, new StatementPlace(section, level, levelName, domain)))];
}
