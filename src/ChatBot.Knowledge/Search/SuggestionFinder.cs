using System.Collections.Frozen;
using System.Collections.Immutable;
using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Text;

namespace ChatBot.Knowledge.Search;

/// <summary>
/// "Did you mean": up to three questions the bot can answer whose key words look like the question's, by the
/// share of letter trigrams they have in common. Nothing is suggested when nothing is close.
/// </summary>
internal static class SuggestionFinder
{
    private const double Threshold = 0.34;

    public static ImmutableArray<string> Suggest(IEnumerable<string> words, FrameworkIndex framework)
    {
        var content = words.Where(word => !StopWords.All.Contains(word) && word.Length >= 3).ToList();
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

        // Hundreds of suggestions share a trigram or two with any question: score them in one pass and sort only
        // those close enough.
        var close = new List<(string Question, double Score)>();
        foreach (var (position, count) in shared)
        {
            var suggestion = framework.Suggestions[position];
            var score = (double)count / Math.Max(queryGrams.Count, suggestion.Trigrams.Count);
            if (score >= Threshold)
            {
                close.Add((suggestion.Question, score));
            }
        }

        // Best first, then by question; a question suggested twice counts once.
        close.Sort(static (left, right) => left.Score != right.Score
            ? right.Score.CompareTo(left.Score)
            : string.CompareOrdinal(left.Question, right.Question));
        var suggestions = ImmutableArray.CreateBuilder<string>(3);
        foreach (var (question, _) in close)
        {
            if (!suggestions.Contains(question))
            {
                suggestions.Add(question);
                if (suggestions.Count == 3)
                {
                    break;
                }
            }
        }

        return suggestions.ToImmutable();
    }

    /// <summary>What the bot can suggest for a framework, with the letter trigrams of each suggestion's key words.</summary>
    public static ImmutableArray<Suggestion> Candidates(OccupationFramework framework) =>
        [.. Keys(framework).Select(candidate => new Suggestion(candidate.Question, Trigrams(candidate.Key).ToFrozenSet(StringComparer.Ordinal)))];

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

    // A question's trigrams are looked up once each, so they are not worth freezing; a suggestion's are frozen.
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

}
