using System.Collections.Immutable;
using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Understanding;

namespace ChatBot.Knowledge.Search;

/// <summary>
/// Ranks statements and list items by the rarity-weighted words they share with the search terms (a word in a
/// title counts half again). Everyday words are widened to the framework's wording ("angry" → "dissatisfied",
/// "frustrated" ...); each question word counts once, by its best-matching form, so a statement using three
/// synonyms does not outrank one using the plainest. Hits under half the best score are dropped.
/// </summary>
internal static class KeywordSearch
{
    private const int MaxHits = 12;

    public static ImmutableArray<SearchHit> Find(FrameworkIndex index, IEnumerable<string> terms)
    {
        var concepts = terms.Distinct(StringComparer.Ordinal)
            .Select(term => Expand(term).Select(form => (form.Stem, Weight: form.Weight * Math.Max(index.Idf(form.Stem), 0.1))).ToList())
            .Where(forms => forms.Count > 0)
            .ToList();
        if (concepts.Count == 0)
        {
            return [];
        }

        var scored = new List<(double Score, int Order, SearchHit Hit)>();
        var order = 0;
        foreach (var statement in index.Statements)
        {
            var score = concepts.Sum(forms => forms.Max(form =>
                !statement.TextStems.Contains(form.Stem) ? 0 : form.Weight * (statement.TitleStems.Contains(form.Stem) ? 1.5 : 1)));
            var placed = statement.Placed;
            scored.Add((score, order++, new SearchHit(placed.Statement.Title, placed.Statement.Description, placed.Place.Describe(), placed.Statement.Citations, true)));
        }

        foreach (var (list, items) in index.Lists.OrderBy(pair => pair.Key))
        {
            foreach (var item in items)
            {
                var score = concepts.Sum(forms => forms.Max(form => item.Stems.Contains(form.Stem) || item.Acronym == form.Stem ? form.Weight : 0));
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

    private static IEnumerable<(string Stem, double Weight)> Expand(string term)
    {
        var stem = Stemmer.Stem(term);
        yield return (stem, 1.0);
        foreach (var synonym in (Lexicon.SearchSynonyms.GetValueOrDefault(term) ?? []).Select(Stemmer.Stem).Distinct(StringComparer.Ordinal).Where(synonym => synonym != stem))
        {
            yield return (synonym, 0.8);
        }
    }
}
