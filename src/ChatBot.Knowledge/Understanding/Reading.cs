namespace ChatBot.Knowledge.Understanding;

/// <summary>A question as understood, the conversation context to keep for the next one, and how it was read.</summary>
public sealed record Reading(Question Question, ConversationContext Context)
{
    public Interpretation Interpretation { get; init; } = Interpretation.None;
}
