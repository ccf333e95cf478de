using System.Collections.Frozen;

namespace ChatBot.Knowledge.Text;

/// <summary>
/// A light suffix stripper, enough for chat questions to meet framework wording ("scheduling" and "schedules" →
/// "schedul", "coordinate" and "coordination" → "coordin"). Not a linguistic stemmer: it only has to be consistent.
/// </summary>
internal static class Stemmer
{
    private static readonly string[] Suffixes =
    [
        "izations", "ization", "ations", "ation", "ators", "ator", "ities", "ity", "ments", "ment", "ness", "ship",
        "ings", "ing", "ers", "er", "ies", "ied", "ates", "ate", "ous", "ed", "es", "ly", "s", "e", "al", "y",
    ];

    /// <summary>
    /// The suffixes by their last letter, each list in the order above: only those can end a word with that letter,
    /// so a word is checked against a few suffixes instead of all of them (stemming runs for every word of a question).
    /// </summary>
    private static readonly FrozenDictionary<char, string[]> SuffixesByLastLetter =
        Suffixes.GroupBy(suffix => suffix[^1]).ToFrozenDictionary(group => group.Key, group => group.ToArray());

    public static string Stem(string word)
    {
        var stem = word;
        for (var pass = 0; pass < 2; pass++)
        {
            var stripped = StripOnce(stem);
            if (stripped == stem)
            {
                break;
            }

            stem = stripped;
        }

        return stem;
    }

    private static string StripOnce(string word)
    {
        if (word.Length == 0 || !SuffixesByLastLetter.TryGetValue(word[^1], out var suffixes))
        {
            return word;
        }

        foreach (var suffix in suffixes)
        {
            // "ss" is no plural: "process" and "processes", "hostess" and "hostesses" must meet at one stem.
            if (word.Length - suffix.Length >= 3 && word.EndsWith(suffix, StringComparison.Ordinal) && !(suffix == "s" && word[^2] == 's'))
            {
                var stem = word[..^suffix.Length];
                return suffix is "ies" or "ied" ? stem + "y" : stem;
            }
        }

        return word;
    }
}
