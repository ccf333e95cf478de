using System.Collections.Immutable;
using System.Text.Json;

namespace ChatBot.Tests.Corpus;

/// <summary>One case of a corpus file: a single turn, or a conversation of several, in the shared scorer's format.</summary>
internal sealed record CorpusCase(string Id, string Category, bool Mention, ImmutableArray<CorpusTurn> Turns)
{
    /// <summary>Every case of a JSON Lines file, in file order.</summary>
    public static ImmutableArray<CorpusCase> Load(string path) =>
        [.. File.ReadLines(path).Where(line => line.Trim().Length > 0).Select(Parse)];

    private static CorpusCase Parse(string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        var turns = root.TryGetProperty("turns", out var many)
            ? [.. many.EnumerateArray().Select(CorpusTurn.Parse)]
            : ImmutableArray.Create(CorpusTurn.Parse(root));
        return new CorpusCase(
            root.GetProperty("id").GetString()!,
            root.GetProperty("category").GetString()!,
            root.TryGetProperty("mention", out var mention) && mention.ValueKind == JsonValueKind.True,
            turns);
    }
}

/// <summary>What one turn says, and the snippets its reply must, may and must not contain.</summary>
internal sealed record CorpusTurn(string Say, ImmutableArray<string> Must, ImmutableArray<string> Any, ImmutableArray<string> MustNot, bool Mention)
{
    public static CorpusTurn Parse(JsonElement turn) => new(
        turn.GetProperty("say").GetString()!,
        Strings(turn, "must"),
        Strings(turn, "any"),
        Strings(turn, "must_not"),
        turn.TryGetProperty("mention", out var mention) && mention.ValueKind == JsonValueKind.True);

    private static ImmutableArray<string> Strings(JsonElement turn, string name) =>
        turn.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? [.. list.EnumerateArray().Select(item => item.GetString()!)]
            : [];
}
