using ChatBot.Knowledge.Understanding;

namespace ChatBot.Conversations;

/// <summary>
/// Where each conversation's context lives between turns. Keyed by conversation, not user: everyone in a channel
/// thread shares its context. An interface so a distributed cache can replace the in-memory one.
/// </summary>
internal interface IConversationContextStore
{
    ConversationContext Get(string conversationId);

    void Set(string conversationId, ConversationContext context);
}
