using System.Collections.Immutable;
using ChatBot.Knowledge.Search;

namespace ChatBot.Knowledge.Understanding;

/// <summary>
/// Finds statements by title: every distinctive word of the title in the question ("what is schedule
/// optimization"), or all but one of three or more ("explain records accuracy"), which the reader accepts only
/// when the question asks about a statement.
/// </summary>
internal static class StatementMatcher
{
    public static StatementMatch Find(Query query, FrameworkIndex framework, ISet<string> ignoredStems)
    {
        var best = new List<IndexedStatement>();
        var bestScore = 0.0;
        var bestMatched = 0;
        foreach (var statement in framework.Statements)
        {
            var distinctive = statement.TitleStems.Where(stem => !ignoredStems.Contains(stem)).Distinct(StringComparer.Ordinal).ToList();
            if (distinctive.Count == 0)
            {
                continue;
            }

            var matched = distinctive.Count(query.HasStem);
            var squashedHit = statement.SquashedTitle.Length >= 8 && query.Squashed.Contains(statement.SquashedTitle, StringComparison.Ordinal);
            var score = squashedHit ? 1.0 : (double)matched / distinctive.Count;
            var acceptable = score >= 1.0 || (distinctive.Count >= 3 && distinctive.Count - matched == 1);
            if (!acceptable || score < bestScore || (score == bestScore && matched < bestMatched))
            {
                continue;
            }

            if (score > bestScore || matched > bestMatched)
            {
                best.Clear();
            }

            best.Add(statement);
            (bestScore, bestMatched) = (score, Math.Max(matched, squashedHit ? distinctive.Count : matched));
        }

        if (best.Count == 0)
        {
            return StatementMatch.None;
        }

        var titleStems = best.SelectMany(statement => statement.TitleStems).ToHashSet(StringComparer.Ordinal);
        var positions = Enumerable.Range(0, query.Stems.Count).Where(i => titleStems.Contains(query.Stems[i])).ToImmutableHashSet();
        var content = Enumerable.Range(0, query.Stems.Count)
            .Count(i => !StopWords.All.Contains(query.Words[i]) && !ignoredStems.Contains(query.Stems[i]) && !Lexicon.StatementTriggers.Contains(query.Words[i]));
        var coverage = content == 0 ? 0 : Math.Min(1.0, (double)positions.Count / content);
        return new StatementMatch([.. best], bestScore >= 1.0, coverage, positions);
    }
}
