namespace ChatBot.Knowledge.Understanding;

/// <summary>
/// What a chat message asks, resolved against the store (and the conversation so far). Each kind of question says
/// what its answer depends on (<see cref="Key"/>), what the conversation remembers after it (<see cref="Next"/>),
/// and is answered through <see cref="IQuestionVisitor{T}"/>, so a kind added without its answer does not compile.
/// </summary>
public abstract record Question
{
    /// <summary>
    /// A text naming everything the answer depends on: two questions with the same key get the same answer from the
    /// same store, however differently they were phrased, so the key can index a cache of answers and replies.
    /// </summary>
    public abstract string Key { get; }

    public abstract T Accept<T>(IQuestionVisitor<T> visitor);

    /// <summary>The conversation's context after this question is answered.</summary>
    internal virtual ConversationContext Next(ConversationContext context) => context;
}
