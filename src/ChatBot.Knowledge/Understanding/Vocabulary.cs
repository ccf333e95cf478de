using System.Collections.Frozen;

namespace ChatBot.Knowledge.Understanding;

/// <summary>
/// The words the store knows. A question word that is not among them may be a typo: it is corrected only toward a
/// key word (level names, routing words, domain and statement titles, occupation titles, list items), and only
/// when exactly one lies within a small edit distance, so a word the store never uses ("teacher") stays as typed.
/// </summary>
internal sealed class Vocabulary
{
    private readonly FrozenSet<string> _known;
    private readonly FrozenDictionary<int, string[]> _keyWordsByLength;

    public Vocabulary(IEnumerable<string> knownWords, IEnumerable<string> keyWords)
    {
        var keys = keyWords.Where(word => word.Length >= 3).ToHashSet(StringComparer.Ordinal);
        _known = knownWords.Concat(keys).Concat(StopWords.All).ToFrozenSet(StringComparer.Ordinal);
        _keyWordsByLength = keys.GroupBy(word => word.Length)
            .ToFrozenDictionary(group => group.Key, group => group.Order(StringComparer.Ordinal).ToArray());
    }

    public bool IsKnown(string word) => _known.Contains(word);

    /// <summary>The word as the store would spell it: itself when known, a unique close key word, or itself.</summary>
    public string Correct(string word)
    {
        if (word.Length < 5 || _known.Contains(word) || word.Any(char.IsDigit))
        {
            return word;
        }

        var maxDistance = word.Length >= 8 ? 2 : 1;
        string? best = null;
        var bestDistance = maxDistance + 1;
        var tie = false;
        for (var length = word.Length - maxDistance; length <= word.Length + maxDistance; length++)
        {
            if (!_keyWordsByLength.TryGetValue(length, out var candidates))
            {
                continue;
            }

            foreach (var candidate in candidates)
            {
                var distance = EditDistance.Bounded(word, candidate, maxDistance);
                if (distance < bestDistance)
                {
                    (best, bestDistance, tie) = (candidate, distance, false);
                }
                else if (distance == bestDistance && distance <= maxDistance)
                {
                    tie = true;
                }
            }
        }

        return best is not null && !tie ? best : word;
    }

    /// <summary>Splits a glued word ("workstyles") into two known words, or returns null.</summary>
    public (string First, string Second)? Split(string word)
    {
        if (word.Length < 6 || _known.Contains(word))
        {
            return null;
        }

        for (var cut = 3; cut <= word.Length - 3; cut++)
        {
            var first = word[..cut];
            var second = word[cut..];
            if (_known.Contains(first) && _known.Contains(second) && !StopWords.All.Contains(first) && !StopWords.All.Contains(second))
            {
                return (first, second);
            }
        }

        return null;
    }
}
