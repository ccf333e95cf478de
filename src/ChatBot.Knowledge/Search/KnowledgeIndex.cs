using ChatBot.Knowledge.Store;

namespace ChatBot.Knowledge.Search;

/// <summary>The store prepared for questions, built once and shared by the reader and the composer.</summary>
public sealed class KnowledgeIndex
{
    public KnowledgeIndex(FrameworkStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        Store = store;
        Index = new StoreIndex(store);
    }

    public FrameworkStore Store { get; }

    internal StoreIndex Index { get; }
}
