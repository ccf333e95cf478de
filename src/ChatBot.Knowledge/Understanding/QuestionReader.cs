using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Search;

namespace ChatBot.Knowledge.Understanding;

/// <summary>
/// Turns chat text into a <see cref="Question"/> about the store's frameworks. The routing is a fixed order of
/// checks over the routing table (<see cref="Lexicon"/>), most specific first; follow-ups fill what the question
/// leaves out from the conversation context. The same text in the same context always reads the same way.
/// </summary>
public sealed class QuestionReader
{
    private readonly StoreIndex _index;

    public QuestionReader(KnowledgeIndex knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        _index = knowledge.Index;
    }

    /// <summary>The most characters of a question that are read; the rest is ignored, never refused.</summary>
    public const int MaxQuestionLength = Tokenizer.MaxQuestionLength;

    /// <summary>
    /// The part of <paramref name="text"/> that is read: its first <see cref="MaxQuestionLength"/> characters, one fewer
    /// when the cut would split a surrogate pair (half an emoji cannot be written as JSON).
    /// </summary>
    public static string Considered(string? text)
    {
        if (text is null || text.Length <= MaxQuestionLength)
        {
            return text ?? "";
        }

        return text[..(char.IsHighSurrogate(text[MaxQuestionLength - 1]) ? MaxQuestionLength - 1 : MaxQuestionLength)];
    }

    /// <summary>Reads a question without conversation context.</summary>
    public Question Read(string? text) => Read(text, ConversationContext.Empty).Question;

    public Reading Read(string? text, ConversationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var query = Query.Parse(text, _index.Vocabulary);
        var question = Route(query, context);
        return new Reading(question, Next(context, question));
    }

    private Question Route(Query query, ConversationContext context)
    {
        if (query.Words.Count == 0)
        {
            return new HelpQuestion(HelpReason.Welcome, []);
        }

        var occupation = OccupationResolver.Resolve(query, _index, context);
        if (occupation.UnknownOccupation is { } unknown)
        {
            return new OtherOccupationQuestion(unknown);
        }

        if (occupation.Framework is null)
        {
            return Router.IsHelp(query)
                ? new HelpQuestion(HelpReason.Welcome, [])
                : new WhichOccupationQuestion([.. occupation.Choices.Select(choice => choice.Framework)], query.Raw);
        }

        return new Router(query, context, occupation, _index).Route();
    }

    private static ConversationContext Next(ConversationContext context, Question question) => question switch
    {
        LevelQuestion level => Remember(context, level, level.Level, null, FocusKind.Level),
        CompareQuestion compare => Remember(context, compare, compare.Right, null, FocusKind.Compare),
        ProgressionQuestion progression => Remember(context, progression, progression.To, null, FocusKind.Progression),
        DomainQuestion domain => Remember(context, domain, domain.Level ?? context.Level, domain.Domain.Name, FocusKind.Domain),
        AiUsageQuestion ai => Remember(context, ai, ai.Level ?? context.Level, null, FocusKind.AiUsage),
        SourcesQuestion sources => context with { SocCode = sources.Framework.Occupation.SocCode },
        FrameworkQuestion other => context with { SocCode = other.Framework.Occupation.SocCode, Focus = new ConversationFocus(FocusKind.Other, context.Level, null) },
        _ => context,
    };

    private static ConversationContext Remember(ConversationContext context, FrameworkQuestion question, ProficiencyLevel? level, string? domain, FocusKind kind) =>
        new()
        {
            SocCode = question.Framework.Occupation.SocCode,
            Level = level,
            DomainName = domain ?? (kind == FocusKind.Domain ? context.DomainName : null) ?? context.DomainName,
            Focus = new ConversationFocus(kind, level, domain),
        };
}
