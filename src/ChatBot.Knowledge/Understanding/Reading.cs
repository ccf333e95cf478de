namespace ChatBot.Knowledge.Understanding;

/// <summary>A question as understood, and the conversation context to keep for the next one.</summary>
public sealed record Reading(Question Question, ConversationContext Context);
