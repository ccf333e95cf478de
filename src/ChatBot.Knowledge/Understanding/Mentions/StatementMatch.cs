using System.Collections.Immutable;
using ChatBot.Knowledge.Search;

namespace ChatBot.Knowledge.Understanding.Mentions;

/// <summary>The statements whose titles a question names, how completely, and which question words the titles used.</summary>
internal sealed record StatementMatch(ImmutableArray<IndexedStatement> Statements, bool Complete, double Coverage, ImmutableHashSet<int> Positions)
{
    public static StatementMatch None { get; } = new([], false, 0, []);

    public bool IsEmpty => Statements.IsEmpty;
}
