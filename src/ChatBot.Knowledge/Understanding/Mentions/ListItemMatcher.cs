using System.Collections.Immutable;
using ChatBot.Knowledge.Search;
using ChatBot.Knowledge.Text;

namespace ChatBot.Knowledge.Understanding.Mentions;

/// <summary>Matches "is GIS one of the technologies?" to list items: by words, by acronym, or glued spelling.</summary>
internal static class ListItemMatcher
{
    public static ImmutableArray<string> Match(IReadOnlyList<string> itemWords, IEnumerable<IndexedItem> items)
    {
        var stems = itemWords.Select(Stemmer.Stem).Distinct(StringComparer.Ordinal).ToList();
        var squashed = string.Concat(itemWords);
        return [.. items.Where(item =>
            (stems.Count > 0 && (double)stems.Count(item.Stems.Contains) / stems.Count >= 0.6) ||
            (itemWords.Count == 1 && itemWords[0].Length >= 2 && item.Acronym == itemWords[0]) ||
            (squashed.Length >= 4 && item.Squashed.Contains(squashed, StringComparison.Ordinal)))
            .Select(item => item.Text)];
    }

    /// <summary>The items using any of the words, or an everyday equivalent of one ("aviation" → "aircraft").</summary>
    public static ImmutableArray<string> MatchAny(IReadOnlyList<string> itemWords, IEnumerable<IndexedItem> items)
    {
        var stems = itemWords.SelectMany(SearchSynonyms.StemsOf).ToHashSet(StringComparer.Ordinal);
        return [.. items.Where(item => item.Stems.Any(stems.Contains) || (itemWords.Count == 1 && item.Acronym == itemWords[0])).Select(item => item.Text)];
    }
}
