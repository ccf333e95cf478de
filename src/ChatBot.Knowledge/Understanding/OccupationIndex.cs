using System.Collections.Frozen;
using System.Collections.Immutable;
using ChatBot.Knowledge.Model;
using ChatBot.Knowledge.Store;

namespace ChatBot.Knowledge.Understanding;

/// <summary>
/// Finds the occupation a question is about from the words of occupation titles. O*NET titles name exclusions
/// after "Except" ("Dispatchers, Except Police, Fire, and Ambulance"); those words never select the occupation.
/// </summary>
internal sealed class OccupationIndex
{
    private static readonly FrozenSet<string> IgnoredWords =
        FrozenSet.ToFrozenSet(["and", "or", "of", "the", "all", "other", "in", "for", "a", "an", "to", "worker"], StringComparer.Ordinal);

    private readonly FrozenDictionary<string, ImmutableArray<OccupationFramework>> _byWord;

    public OccupationIndex(FrameworkStore store)
    {
        _byWord = store.Frameworks
            .SelectMany(framework => TitleWords(framework.Occupation.Title).Select(word => (word, framework)))
            .GroupBy(pair => pair.word, StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.Select(pair => pair.framework).Distinct().ToImmutableArray(), StringComparer.Ordinal);
    }

    /// <summary>The occupations whose title words the question uses most, best first; empty when it uses none.</summary>
    public IReadOnlyList<OccupationFramework> Match(IEnumerable<string> questionWords)
    {
        var scores = new Dictionary<OccupationFramework, int>();
        foreach (var word in questionWords.Select(Words.Singular).Distinct(StringComparer.Ordinal))
        {
            if (_byWord.TryGetValue(word, out var frameworks))
            {
                foreach (var framework in frameworks)
                {
                    scores[framework] = scores.GetValueOrDefault(framework) + 1;
                }
            }
        }

        if (scores.Count == 0)
        {
            return [];
        }

        var best = scores.Values.Max();
        return [.. scores.Where(pair => pair.Value == best).Select(pair => pair.Key).OrderBy(framework => framework.Occupation.SocCode, StringComparer.Ordinal)];
    }

    private static IEnumerable<string> TitleWords(string title)
    {
        var except = title.IndexOf("except", StringComparison.OrdinalIgnoreCase);
        var included = except < 0 ? title : title[..except];
        return Words.Split(included).Select(Words.Singular).Where(word => !IgnoredWords.Contains(word)).Distinct(StringComparer.Ordinal);
    }
}
