using ChatBot.Knowledge.Model;

namespace ChatBot.Knowledge.Understanding;

/// <summary>
/// What a conversation has been about, for follow-ups ("and at Advanced?", "what about AI at that level?").
/// An immutable value: reading a question returns the next context, which the host stores per conversation.
/// </summary>
public sealed record ConversationContext
{
    public static ConversationContext Empty { get; } = new();

    public string? SocCode { get; init; }

    public ProficiencyLevel? Level { get; init; }

    public string? DomainName { get; init; }

    public ConversationFocus? Focus { get; init; }
}
