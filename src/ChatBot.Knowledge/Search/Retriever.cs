using System.Collections.Immutable;
using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Text;

namespace ChatBot.Knowledge.Search;

/// <summary>
/// Stage 5, retrieve: ranks a framework's statements, list items and reference paragraphs by BM25 over the search
/// terms (a statement's title counts twice; everyday words widen to the framework's wording at a lower weight, each
/// term once by its best form). Only hits at least half as good as the best and above an absolute floor are kept,
/// so a question with no real match gets none rather than a list of weak ones.
/// </summary>
internal static class Retriever
{
    private const int MaxHits = 10;

    /// <summary>The least a hit must score: one rare word, or two common ones.</summary>
    private const double Floor = 1.6;

    public static ImmutableArray<SearchHit> Find(FrameworkIndex index, IEnumerable<string> terms, SearchScope scope)
    {
        var bm25 = index.Bm25;
        var scores = new double[bm25.Count];
        foreach (var term in terms.Distinct(StringComparer.Ordinal))
        {
            var best = new Dictionary<int, double>();
            foreach (var (stem, weight) in Forms(term))
            {
                foreach (var (document, score) in bm25.Score(stem))
                {
                    best[document] = Math.Max(best.GetValueOrDefault(document), weight * score);
                }
            }

            foreach (var (document, score) in best)
            {
                scores[document] += score;
            }
        }

        for (var document = 0; document < scores.Length; document++)
        {
            if (!InScope(bm25.Documents[document], scope))
            {
                scores[document] = 0;
            }
        }

        var top = scores.DefaultIfEmpty().Max();

        if (top < Floor)
        {
            return [];
        }

        return [.. Enumerable.Range(0, scores.Length)
            .Where(document => scores[document] >= top / 2 && scores[document] >= Floor)
            .OrderByDescending(document => scores[document]).ThenBy(document => document)
            .Take(MaxHits)
            .Select(document => Hit(index, bm25.Documents[document]))];
    }

    private static bool InScope(Bm25Document document, SearchScope scope) => document.Source switch
    {
        PlacedStatement placed => scope.Includes(placed.Place),
        ReferencePassage => scope.IncludesArticles,
        (OnetList list, string) => scope.IncludesList(list),
        _ => scope.IncludesLists,
    };

    private static SearchHit Hit(FrameworkIndex index, Bm25Document document) => document.Source switch
    {
        PlacedStatement placed => SearchHit.Of(placed),
        (OnetList list, string item) => new SearchHit(null, item, ListNames.Of(list), [], false),
        ReferencePassage passage => new SearchHit(null, passage.Text, passage.Heading is null ? passage.Document.Title : $"{passage.Document.Title} · {passage.Heading}", [passage.Document.Citation], false),
        _ => throw new InvalidOperationException($"Unknown search document {document.Source.GetType().Name} in {index.Framework.Occupation.SocCode}."),
    };

    private static IEnumerable<(string Stem, double Weight)> Forms(string term)
    {
        var stem = Stemmer.Stem(term);
        yield return (stem, 1.0);
        foreach (var synonym in (SearchSynonyms.Words.GetValueOrDefault(term) ?? []).Select(Stemmer.Stem).Distinct(StringComparer.Ordinal).Where(synonym => synonym != stem))
        {
            yield return (synonym, 0.8);
        }
    }
}
