using System.Collections.Immutable;
using ChatBot.Knowledge.Search;
using ChatBot.Knowledge.Text;
using ChatBot.Knowledge.Understanding.Messages;

namespace ChatBot.Knowledge.Understanding.Mentions;

/// <summary>
/// Finds statements by title: every distinctive word of the title in the question ("what is schedule
/// optimization"), or all but one of three or more ("explain records accuracy"), which the reader accepts only
/// when the question asks about a statement.
/// </summary>
internal static class StatementMatcher
{
    /// <param name="query">The question.</param>
    /// <param name="framework">The occupation whose statements are matched.</param>
    /// <param name="levelPositions">Level words naming the occupation's level ("lead" in "a lead dispatcher"), which
    /// must not count towards a title that only shares their stem ("Mindful dispatch leadership").</param>
    public static StatementMatch Find(Message query, FrameworkIndex framework, IReadOnlyList<int> levelPositions)
    {
        var levelOnly = StemsOnlyAt(query, levelPositions);

        // A statement none of whose title stems is asked, and whose squashed title is not in the question, scores
        // nothing: only candidates found through the indexes are scored, in the framework's order.
        var statements = framework.Statements;
        Span<bool> candidate = statements.Length <= 1024 ? stackalloc bool[statements.Length] : new bool[statements.Length];
        if (!MarkCandidates(query, framework, candidate))
        {
            return StatementMatch.None;
        }

        List<IndexedStatement>? best = null;
        var bestScore = 0.0;
        var bestMatched = 0;
        for (var position = 0; position < statements.Length; position++)
        {
            var statement = statements[position];
            var distinctive = statement.DistinctiveTitleStems;
            if (!candidate[position] || distinctive.Length == 0)
            {
                continue;
            }

            var matched = 0;
            foreach (var stem in distinctive)
            {
                if (query.HasStem(stem) && levelOnly?.Contains(stem) != true)
                {
                    matched++;
                }
            }

            var squashedHit = statement.SquashedTitle.Length >= FrameworkIndex.SquashedTitleOpening && query.Squashed.Contains(statement.SquashedTitle, StringComparison.Ordinal);
            var score = squashedHit ? 1.0 : (double)matched / distinctive.Length;
            var acceptable = score >= 1.0 || (distinctive.Length >= 3 && distinctive.Length - matched == 1);
            if (!acceptable || score < bestScore || (score == bestScore && matched < bestMatched))
            {
                continue;
            }

            if (best is null || score > bestScore || matched > bestMatched)
            {
                best = [];
            }

            best.Add(statement);
            (bestScore, bestMatched) = (score, Math.Max(matched, squashedHit ? distinctive.Length : matched));
        }

        if (best is null)
        {
            return StatementMatch.None;
        }

        // "is 'Continuous process improvement engagement' the same as Continuous improvement leadership?": another
        // title written out in full is asked about too, unless it is part of one already found ("Dispatch records").
        if (bestScore >= 1.0)
        {
            for (var position = 0; position < statements.Length; position++)
            {
                var other = statements[position];
                if (candidate[position] && !best.Contains(other) && other.SquashedTitle.Length >= FrameworkIndex.SquashedTitleOpening
                    && query.Squashed.Contains(other.SquashedTitle, StringComparison.Ordinal)
                    && !best.Exists(found => found.SquashedTitle.Contains(other.SquashedTitle, StringComparison.Ordinal)))
                {
                    best.Add(other);
                }
            }
        }

        var titleStems = best.SelectMany(statement => statement.TitleStems).ToHashSet(StringComparer.Ordinal);
        var positions = Enumerable.Range(0, query.Stems.Count)
            .Where(i => titleStems.Contains(query.Stems[i]) && !levelPositions.Contains(i))
            .ToImmutableHashSet();
        var content = 0;
        for (var i = 0; i < query.Stems.Count; i++)
        {
            if (!StopWords.All.Contains(query.Words[i]) && !framework.TitleStems.Contains(query.Stems[i]) && !Lexicon.StatementTriggers.Contains(query.Words[i]))
            {
                content++;
            }
        }

        var coverage = content == 0 ? 0 : Math.Min(1.0, (double)positions.Count / content);
        return new StatementMatch([.. best], bestScore >= 1.0, coverage, positions);
    }

    /// <summary>The stems the question has only at <paramref name="positions"/>; null when none.</summary>
    private static HashSet<string>? StemsOnlyAt(Message query, IReadOnlyList<int> positions)
    {
        if (positions.Count == 0)
        {
            return null;
        }

        var only = positions.Select(i => query.Stems[i]).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < query.Stems.Count && only.Count > 0; i++)
        {
            if (!positions.Contains(i))
            {
                only.Remove(query.Stems[i]);
            }
        }

        return only.Count == 0 ? null : only;
    }

    /// <returns>Whether any statement is a candidate.</returns>
    private static bool MarkCandidates(Message query, FrameworkIndex framework, Span<bool> candidate)
    {
        var any = false;
        foreach (var stem in query.Stems)
        {
            if (framework.StatementsByTitleStem.TryGetValue(stem, out var positions))
            {
                any |= Mark(positions, candidate);
            }
        }

        var squashed = query.Squashed.AsSpan();
        for (var start = 0; start + FrameworkIndex.SquashedTitleOpening <= squashed.Length; start++)
        {
            if (framework.TitleOpenings.TryGetValue(squashed.Slice(start, FrameworkIndex.SquashedTitleOpening), out var positions))
            {
                any |= Mark(positions, candidate);
            }
        }

        return any;
    }

    private static bool Mark(int[] positions, Span<bool> candidate)
    {
        foreach (var position in positions)
        {
            candidate[position] = true;
        }

        return positions.Length > 0;
    }
}
