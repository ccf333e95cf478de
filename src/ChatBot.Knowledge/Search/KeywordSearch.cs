using System.Collections.Immutable;
using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Understanding;

namespace ChatBot.Knowledge.Search;

/// <summary>
/// Ranks statements and list items by the rarity-weighted words they share with the search terms (a word in a
/// title counts half again). Everyday words are widened to the framework's wording ("angry" → "dissatisfied",
/// "frustrated" ...). Hits scoring under half the best are dropped, so one rare word is not drowned by a common one.
/// </summary>
internal static class KeywordSearch
{
    private const int MaxHits = 12;

    public static ImmutableArray<SearchHit> Find(FrameworkIndex index, IEnumerable<string> terms)
    {
        var weights = Expand(terms).ToDictionary(pair => pair.Stem, pair => pair.Weight * Math.Max(index.Idf(pair.Stem), 0.1), StringComparer.Ordinal);
        if (weights.Count == 0)
        {
            return [];
        }

        var scored = new List<(double Score, int Order, SearchHit Hit)>();
        var order = 0;
        foreach (var statement in index.Statements)
        {
            var score = weights.Where(pair => statement.TextStems.Contains(pair.Key)).Sum(pair => pair.Value * (statement.TitleStems.Contains(pair.Key) ? 1.5 : 1));
            var placed = statement.Placed;
            scored.Add((score, order++, new SearchHit(placed.Statement.Title, placed.Statement.Description, placed.Place.Describe(), placed.Statement.Citations, true)));
        }

        foreach (var (list, items) in index.Lists)
        {
            foreach (var item in items)
            {
                var score = weights.Where(pair => item.Stems.Contains(pair.Key) || item.Acronym == pair.Key).Sum(pair => pair.Value);
                scored.Add((score, order++, new SearchHit(null, item.Text, ListNames.Of(list), [], false)));
            }
        }

        var best = scored.Max(entry => entry.Score);
        return best <= 0
            ? []
            : [.. scored.Where(entry => entry.Score >= best / 2)
                .OrderByDescending(entry => entry.Score)
                .ThenBy(entry => entry.Order)
                .Take(MaxHits)
                .Select(entry => entry.Hit)];
    }

    private static IEnumerable<(string Stem, double Weight)> Expand(IEnumerable<string> terms)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            if (seen.Add(Stemmer.Stem(term)))
            {
                yield return (Stemmer.Stem(term), 1.0);
            }

            foreach (var synonym in Lexicon.SearchSynonyms.GetValueOrDefault(term) ?? [])
            {
                if (seen.Add(Stemmer.Stem(synonym)))
                {
                    yield return (Stemmer.Stem(synonym), 0.8);
                }
            }
        }
    }
}
