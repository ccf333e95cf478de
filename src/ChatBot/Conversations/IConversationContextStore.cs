using ChatBot.Knowledge.Understanding;

namespace ChatBot.Conversations;

/// <summary>
/// Where each conversation's context lives between turns. Keyed by conversation, not user: everyone in a channel
/// thread shares its context. In memory by default; shared between instances when Redis is configured, since the next
/// turn of a conversation can reach any instance. Async because a shared store is a network call.
/// </summary>
public interface IConversationContextStore
{
    /// <summary>The conversation's context, or <see cref="ConversationContext.Empty"/> when none is kept (or it cannot be read).</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="cancellationToken">Cancels the read (the request was aborted).</param>
    ValueTask<ConversationContext> GetAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Keeps <paramref name="context"/> as the conversation's context; the last writer wins.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="context">The context after this turn.</param>
    /// <param name="cancellationToken">Cancels the write (the request was aborted).</param>
    ValueTask SetAsync(string conversationId, ConversationContext context, CancellationToken cancellationToken);
}
