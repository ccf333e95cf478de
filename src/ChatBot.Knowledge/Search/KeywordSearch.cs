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
            .Select(term => Expand(term).Select(form => (form.Stem, Weight: form.Weight * Math.Max(index.Idf(form.Stem), 0.1))).ToArray())
            .Where(forms => forms.Length > 0)
            .ToArray();
        var statementScores = new double[index.Statements.Length];
        var itemScores = new double[index.Items.Length];
        foreach (var forms in concepts)
        {
            // Each concept counts once per statement or item, by its best-matching form.
            var statementBest = new Dictionary<int, double>();
            var itemBest = new Dictionary<int, double>();
            foreach (var (stem, weight) in forms)
            {
                foreach (var position in index.StatementsByStem.GetValueOrDefault(stem) ?? [])
                {
                    var score = weight * (index.Statements[position].TitleStems.Contains(stem) ? 1.5 : 1);
                    statementBest[position] = Math.Max(statementBest.GetValueOrDefault(position), score);
                }

                foreach (var position in index.ItemsByStem.GetValueOrDefault(stem) ?? [])
                {
                    itemBest[position] = Math.Max(itemBest.GetValueOrDefault(position), weight);
                }
            }

            foreach (var (position, score) in statementBest)
            {
                statementScores[position] += score;
            }

            foreach (var (position, score) in itemBest)
            {
                itemScores[position] += score;
            }
        }

        var best = Math.Max(statementScores.DefaultIfEmpty().Max(), itemScores.DefaultIfEmpty().Max());
        if (best <= 0)
        {
            return [];
        }

        var kept = new List<(double Score, int Order)>();
        for (var i = 0; i < statementScores.Length; i++)
        {
            if (statementScores[i] >= best / 2)
            {
                kept.Add((statementScores[i], i));
            }
        }

        for (var i = 0; i < itemScores.Length; i++)
        {
            if (itemScores[i] >= best / 2)
            {
                kept.Add((itemScores[i], statementScores.Length + i));
            }
        }

        return [.. kept.OrderByDescending(entry => entry.Score).ThenBy(entry => entry.Order).Take(MaxHits).Select(entry => Hit(index, entry.Order))];
    }

    private static SearchHit Hit(FrameworkIndex index, int order)
    {
        if (order < index.Statements.Length)
        {
            var placed = index.Statements[order].Placed;
            return new SearchHit(placed.Statement.Title, placed.Statement.Description, placed.Place.Describe(), placed.Statement.Citations, true, placed.Place.Section);
        }

        var (list, item) = index.Items[order - index.Statements.Length];
        return new SearchHit(null, item.Text, ListNames.Of(list), [], false);
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
