using System.Collections.Frozen;

namespace ChatBot.Knowledge.Text;

/// <summary>
/// The words the store knows. A question word that is neither among them nor a common English word may be a typo: it
/// is corrected only toward a key word (level names, routing words, domain and statement titles, occupation titles, list items), and only
/// when exactly one lies within a small edit distance, so a word the store never uses ("teacher") stays as typed.
/// Another form of a word the store knows ("aide" of "aides") is not a typo and stays as typed too.
/// </summary>
internal sealed class Vocabulary
{
    private readonly FrozenSet<string> _known;
    private readonly FrozenSet<string> _knownStems;
    private readonly FrozenDictionary<int, string[]> _keyWordsByLength;
    private readonly FrozenSet<string> _routingWords;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _corrections = new(StringComparer.Ordinal);

    /// <summary>Endings that make another form of one word: its number, its tense, its doer.</summary>
    private static readonly string[] Endings = ["s", "es", "d", "ed", "ing", "r", "er", "rs", "ers"];

    /// <summary>How many distinct question words the memo holds; past it, words are corrected each time.</summary>
    private const int MaxRemembered = 50_000;

    /// <param name="knownWords">Every word the store uses.</param>
    /// <param name="keyWords">Words worth correcting a typo toward.</param>
    /// <param name="routingWords">The routing table's words: the only targets for typos in four-letter words ("taks", "halp").</param>
    public Vocabulary(IEnumerable<string> knownWords, IEnumerable<string> keyWords, IEnumerable<string> routingWords)
    {
        _routingWords = routingWords.Where(word => word.Length is >= 4 and <= 5).ToFrozenSet(StringComparer.Ordinal);
        var keys = keyWords.Where(word => word.Length >= 3).ToHashSet(StringComparer.Ordinal);
        _known = knownWords.Concat(keys).Concat(StopWords.All).ToFrozenSet(StringComparer.Ordinal);
        _knownStems = _known.Select(Stemmer.Stem).ToFrozenSet(StringComparer.Ordinal);
        _keyWordsByLength = keys.GroupBy(word => word.Length)
            .ToFrozenDictionary(group => group.Key, group => group.Order(StringComparer.Ordinal).ToArray());
    }

    public bool IsKnown(string word) => _known.Contains(word);

    /// <summary>
    /// The word as the store would spell it: itself when known, a unique close key word, or itself. A pure function
    /// of the word and the store, so answers are kept in a bounded memo: chat repeats its typos and unknown words.
    /// </summary>
    public string Correct(string word)
    {
        if (_corrections.TryGetValue(word, out var corrected))
        {
            return corrected;
        }

        corrected = Search(word);
        if (_corrections.Count < MaxRemembered)
        {
            _corrections.TryAdd(word, corrected);
        }

        return corrected;
    }

    private string Search(string word)
    {
        // A real English word is what the person meant, even when the store never uses it: "diversity" is not a typo
        // of "adversity".
        if (word.Length < 4 || _known.Contains(word) || word.Any(char.IsDigit) || EnglishWords.Contains(word))
        {
            return word;
        }

        if (IsFormOfKnownWord(word))
        {
            return word;
        }

        var maxDistance = word.Length >= 8 ? 2 : 1;
        string? best = null;
        var bestDistance = maxDistance + 1;
        var bestMissing = int.MaxValue;
        var tie = false;
        for (var length = word.Length - maxDistance; length <= word.Length + maxDistance; length++)
        {
            if (!_keyWordsByLength.TryGetValue(length, out var candidates))
            {
                continue;
            }

            foreach (var candidate in candidates)
            {
                if ((word.Length == 4 && !_routingWords.Contains(candidate)) || LetterBound(word, candidate) > maxDistance)
                {
                    continue;
                }

                var distance = EditDistance.Bounded(word, candidate, maxDistance);
                if (distance > maxDistance)
                {
                    continue;
                }

                // Between equally close words, the one holding every typed letter wins ("taks" is "task", not "take"),
                // then the one of the typed length (a swap of two letters is likelier than a dropped one: not "talks").
                var missing = (MissingLetters(word, candidate) * 10) + Math.Abs(candidate.Length - word.Length);
                if (distance < bestDistance || (distance == bestDistance && missing < bestMissing))
                {
                    (best, bestDistance, bestMissing, tie) = (candidate, distance, missing, false);
                }
                else if (distance == bestDistance && missing == bestMissing && Stemmer.Stem(candidate) != Stemmer.Stem(best!))
                {
                    // Two forms of one word ("skill", "skills") are not a real tie.
                    tie = true;
                }
            }
        }

        return best is not null && !tie ? best : word;
    }

    /// <summary>
    /// Whether the word is another form of a word the store knows: one is the other plus an ending, and both share a
    /// stem ("aide" of "aides", "loaders" of "loader"). Such a word is not a typo: left as typed, its stem meets the
    /// store's word, where a correction one edit away would make it a different word ("side", "leaders"). A shared
    /// stem alone is not enough, since the stemmer also folds typos onto real words ("taks" and "take", "salery" and
    /// "sale").
    /// </summary>
    private bool IsFormOfKnownWord(string word)
    {
        // Most unknown words share no stem with the store at all, so one lookup settles them.
        var stem = Stemmer.Stem(word);
        if (!_knownStems.Contains(stem))
        {
            return false;
        }

        foreach (var ending in Endings)
        {
            if (IsKnownWithStem(word + ending, stem) ||
                (word.Length > ending.Length && word.EndsWith(ending, StringComparison.Ordinal) && IsKnownWithStem(word[..^ending.Length], stem)))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsKnownWithStem(string form, string stem) => _known.Contains(form) && Stemmer.Stem(form) == stem;

    /// <summary>
    /// A lower bound on the edit distance from letter counts alone: an insertion or deletion changes one count, a
    /// substitution two, a transposition none. Most candidates fail it, so few reach the full distance.
    /// </summary>
    private static int LetterBound(string word, string candidate)
    {
        Span<int> counts = stackalloc int[128];
        foreach (var letter in word)
        {
            counts[letter & 127]++;
        }

        foreach (var letter in candidate)
        {
            counts[letter & 127]--;
        }

        var difference = 0;
        foreach (var count in counts)
        {
            difference += Math.Abs(count);
        }

        return (difference + 1) / 2;
    }

    private static int MissingLetters(string word, string candidate)
    {
        var available = candidate.ToList();
        var missing = 0;
        foreach (var letter in word)
        {
            if (!available.Remove(letter))
            {
                missing++;
            }
        }

        return missing;
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
