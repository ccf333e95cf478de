using System.Collections.Concurrent;
using ChatBot.Knowledge.Search;
using ChatBot.Knowledge.Store;

namespace ChatBot.Benchmarks;

/// <summary>One knowledge index per catalogue size, loaded once per process: every benchmark class shares it.</summary>
internal static class BenchmarkStores
{
    private static readonly ConcurrentDictionary<int, KnowledgeIndex> Indexes = new();

    public static KnowledgeIndex For(int occupations) =>
        Indexes.GetOrAdd(occupations, size => new KnowledgeIndex(FrameworkStore.Load(SeedFolder.WithOccupations(size))));
}
