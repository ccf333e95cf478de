using System.Collections.Immutable;
using ChatBot.Knowledge.Search;

namespace ChatBot.Knowledge.Understanding;

/// <summary>
/// "Did you mean": up to three questions the bot can answer whose key words look like the question's, by the
/// share of letter trigrams they have in common. Nothing is suggested when nothing is close.
/// </summary>
internal static class SuggestionFinder
{
    private const double Threshold = 0.34;

    public static ImmutableArray<string> Suggest(Query query, FrameworkIndex framework)
    {
        var content = query.Words.Where(word => !StopWords.All.Contains(word) && word.Length >= 3).ToList();
        if (content.Count == 0)
        {
            return [];
        }

        var queryGrams = Trigrams(string.Join(' ', content));
        return [.. Candidates(framework)
            .Select(candidate => (candidate.Question, Score: Similarity(queryGrams, Trigrams(candidate.Key))))
            .Where(scored => scored.Score >= Threshold)
            .OrderByDescending(scored => scored.Score)
            .ThenBy(scored => scored.Question, StringComparer.Ordinal)
            .Select(scored => scored.Question)
            .Distinct(StringComparer.Ordinal)
            .Take(3)];
    }

    private static IEnumerable<(string Key, string Question)> Candidates(FrameworkIndex framework)
    {
        foreach (var level in framework.Framework.Levels)
        {
            yield return (level.Name.ToLowerInvariant(), $"What is expected at the {level.Name} level?");
        }

        foreach (var domain in framework.Framework.Domains)
        {
            yield return (domain.Name.ToLowerInvariant(), $"{domain.Name} skills at each level");
        }

        foreach (var statement in framework.Statements.Where(statement => statement.Placed.Statement.Title is not null))
        {
            yield return (statement.Placed.Statement.Title!.ToLowerInvariant(), $"What is {statement.Placed.Statement.Title}?");
        }

        yield return ("tasks", "List the tasks");
        yield return ("technology software tools", "Which technology is listed?");
        yield return ("sources references", "What sources does the framework use?");
        yield return ("artificial intelligence ai", "How is AI used at each level?");
    }

    private static HashSet<string> Trigrams(string text)
    {
        var padded = $"  {text} ";
        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 3 <= padded.Length; i++)
        {
            grams.Add(padded.Substring(i, 3));
        }

        return grams;
    }

    private static double Similarity(HashSet<string> a, HashSet<string> b) =>
        a.Count == 0 || b.Count == 0 ? 0 : (double)a.Count(b.Contains) / Math.Max(a.Count, b.Count);
}
