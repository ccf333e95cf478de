using System.Collections.Frozen;
using ChatBot.Knowledge.Text;
using ChatBot.Knowledge.Understanding.Messages;

namespace ChatBot.Knowledge.Understanding.Mentions;

/// <summary>
/// Phrases (in the tokenizer's words) mapped to values, found in a message in one pass: at each word, the phrases
/// starting with it are tried longest first, and a phrase never runs across a sentence. Matching on stems instead
/// of words lets one entry meet every form of its words ("work style" meets "work styles").
/// </summary>
internal sealed class PhraseTable<T>
{
    private readonly FrozenDictionary<string, (string[] Words, T Value)[]> _byFirst;
    private readonly bool _byStem;

    public PhraseTable(IEnumerable<(string Phrase, T Value)> entries, bool byStem = false)
    {
        _byStem = byStem;
        _byFirst = entries
            .Select(entry => (Words: entry.Phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => byStem ? Stemmer.Stem(word) : word).ToArray(), entry.Value))
            .Where(entry => entry.Words.Length > 0)
            .GroupBy(entry => entry.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.OrderByDescending(entry => entry.Words.Length).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Every phrase found, left to right, without overlaps (a longer phrase takes its words first).</summary>
    public List<PhraseHit<T>> FindAll(Message message)
    {
        var words = _byStem ? message.Stems : message.Words;
        var hits = new List<PhraseHit<T>>(Math.Max(4, words.Count / 2));
        for (var i = 0; i < words.Count; i++)
        {
            if (Match(message, words, i) is { } hit)
            {
                hits.Add(hit);
                i += hit.Length - 1;
            }
        }

        return hits;
    }

    /// <summary>The longest phrase starting at word <paramref name="start"/>, if any.</summary>
    public PhraseHit<T>? Match(Message message, int start) => Match(message, _byStem ? message.Stems : message.Words, start);

    private PhraseHit<T>? Match(Message message, IReadOnlyList<string> words, int start)
    {
        if (!_byFirst.TryGetValue(words[start], out var candidates))
        {
            return null;
        }

        foreach (var (phrase, value) in candidates)
        {
            if (start + phrase.Length > words.Count || !message.SameSentence(start, start + phrase.Length - 1))
            {
                continue;
            }

            var matches = true;
            for (var j = 1; j < phrase.Length && matches; j++)
            {
                matches = string.Equals(words[start + j], phrase[j], StringComparison.Ordinal);
            }

            if (matches)
            {
                return new PhraseHit<T>(start, phrase.Length, value);
            }
        }

        return null;
    }
}

/// <summary>A phrase found in a message: where it starts, how many words it takes, and what it means.</summary>
internal readonly record struct PhraseHit<T>(int Start, int Length, T Value)
{
    public int End => Start + Length;
}
