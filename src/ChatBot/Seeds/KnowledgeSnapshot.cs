using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Search;
using ChatBot.Knowledge.Store;
using ChatBot.Knowledge.Understanding;
using ChatBot.Replies;

namespace ChatBot.Seeds;

/// <summary>
/// One loaded store and everything built from it: the index, the reader, the composer and the replies rendered from
/// it. A reload replaces the whole snapshot, so a turn that took one answers from it to the end, and no reply rendered
/// from an old store is served from a new one.
/// </summary>
internal sealed class KnowledgeSnapshot
{
    public KnowledgeSnapshot(FrameworkStore store, ReplyCacheOptions replyCache, int generation)
    {
        Store = store;
        Index = new KnowledgeIndex(store);
        Reader = new QuestionReader(Index);
        Composer = new AnswerComposer(Index);
        Replies = new ReplyCache(replyCache);
        Generation = generation;
    }

    public FrameworkStore Store { get; }

    public KnowledgeIndex Index { get; }

    public QuestionReader Reader { get; }

    public AnswerComposer Composer { get; }

    /// <summary>Replies rendered from this store only; dropped with the snapshot.</summary>
    public ReplyCache Replies { get; }

    /// <summary>1 for the store loaded at start-up, one more for each reload that replaced it.</summary>
    public int Generation { get; }
}
