using System.Collections.Frozen;
using System.Collections.Immutable;
using ChatBot.Knowledge.Model;
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
        var shared = new Dictionary<int, int>();
        foreach (var gram in queryGrams)
        {
            foreach (var position in framework.SuggestionsByTrigram.GetValueOrDefault(gram) ?? [])
            {
                shared[position] = shared.GetValueOrDefault(position) + 1;
            }
        }

        return [.. shared
            .Select(pair => (framework.Suggestions[pair.Key].Question, Score: (double)pair.Value / Math.Max(queryGrams.Count, framework.Suggestions[pair.Key].Trigrams.Count)))
            .Where(scored => scored.Score >= Threshold)
            .OrderByDescending(scored => scored.Score)
            .ThenBy(scored => scored.Question, StringComparer.Ordinal)
            .Select(scored => scored.Question)
            .Distinct(StringComparer.Ordinal)
            .Take(3)];
    }

    /// <summary>What the bot can suggest for a framework, with the letter trigrams of each suggestion's key words.</summary>
    public static ImmutableArray<Suggestion> Candidates(OccupationFramework framework) =>
        [.. Keys(framework).Select(candidate => new Suggestion(candidate.Question, Trigrams(candidate.Key)))];

    private static IEnumerable<(string Key, string Question)> Keys(OccupationFramework framework)
    {
        foreach (var level in framework.Levels)
        {
            yield return (level.Name.ToLowerInvariant(), $"What is expected at the {level.Name} level?");
        }

        foreach (var domain in framework.Domains)
        {
            yield return (domain.Name.ToLowerInvariant(), $"{domain.Name} skills at each level");
        }

        foreach (var statement in framework.AllStatements().Where(statement => statement.Title is not null))
        {
            yield return (statement.Title!.ToLowerInvariant(), $"What is {statement.Title}?");
        }

        yield return ("tasks", "List the tasks");
        yield return ("technology software tools", "Which technology is listed?");
        yield return ("sources references", "What sources does the framework use?");
        yield return ("artificial intelligence ai", "How is AI used at each level?");
    }

    private static FrozenSet<string> Trigrams(string text)
    {
        var padded = $"  {text} ";
        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 3 <= padded.Length; i++)
        {
            grams.Add(padded.Substring(i, 3));
        }

        return grams.ToFrozenSet(StringComparer.Ordinal);
    }

}
