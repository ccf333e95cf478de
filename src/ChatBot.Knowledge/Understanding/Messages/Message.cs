using System.Collections.Frozen;
using ChatBot.Knowledge.Text;

namespace ChatBot.Knowledge.Understanding.Messages;

/// <summary>
/// A chat message made ready for reading: its words as the store spells them, their stems, and how the words fall
/// into sentences and clauses. A sentence that asks (ends in "?", or opens like a request) is told apart from the
/// background around it, and a word inside a negated part of a clause ("not the AI stuff") is marked, so later
/// stages can weigh a cue by where it stands.
/// </summary>
internal sealed class Message
{
    private readonly HashSet<string> _wordSet;
    private readonly HashSet<string> _stemSet;

    public Message(string raw, IReadOnlyList<string> words, IReadOnlyList<int> sentenceOf, IReadOnlyList<bool> asking, IReadOnlyList<bool> negated, IReadOnlyList<bool>? named = null, IReadOnlyList<bool>? capitalised = null)
    {
        Raw = raw;
        Words = words;
        Named = named ?? new bool[words.Count];
        Capitalised = capitalised ?? new bool[words.Count];
        SentenceOf = sentenceOf;
        Asking = asking;
        Negated = negated;
        var stems = new string[words.Count];
        for (var i = 0; i < stems.Length; i++)
        {
            stems[i] = Stemmer.Stem(words[i]);
        }

        Stems = stems;
        _wordSet = new HashSet<string>(words, StringComparer.Ordinal);
        _stemSet = new HashSet<string>(stems, StringComparer.Ordinal);
        Squashed = string.Concat(words);
        SentenceCount = sentenceOf.Count == 0 ? 0 : sentenceOf[^1] + 1;
    }

    /// <summary>The text as considered (the first 2,000 characters, @mentions of people removed).</summary>
    public string Raw { get; }

    public IReadOnlyList<string> Words { get; }

    public IReadOnlyList<string> Stems { get; }

    /// <summary>The sentence each word belongs to, counted from 0.</summary>
    public IReadOnlyList<int> SentenceOf { get; }

    /// <summary>Per sentence: whether it asks (a question or a request) rather than giving background.</summary>
    public IReadOnlyList<bool> Asking { get; }

    /// <summary>Per word: written with a capital inside its sentence ("senior dispatcher Sam"), as names are.</summary>
    public IReadOnlyList<bool> Named { get; }

    /// <summary>Per word: written with a capital inside its sentence, known word or not ("compare Developing and Advanced").</summary>
    public IReadOnlyList<bool> Capitalised { get; }

    /// <summary>Per word: whether it stands in the negated part of its clause ("not the AI stuff").</summary>
    public IReadOnlyList<bool> Negated { get; }

    public int SentenceCount { get; }

    /// <summary>All words run together, to meet glued or split spellings ("help desk" / "helpdesk").</summary>
    public string Squashed { get; }

    public int Count => Words.Count;

    public bool IsEmpty => Words.Count == 0;

    public bool Has(string word) => _wordSet.Contains(word);

    public bool HasAny(params ReadOnlySpan<string> words)
    {
        foreach (var word in words)
        {
            if (_wordSet.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    public bool HasStem(string stem) => _stemSet.Contains(stem);

    /// <summary>Whether <paramref name="word"/> or its plural in <c>s</c> is one of the message's words, without building the plural.</summary>
    public bool HasWordOrPlural(string word)
    {
        if (_wordSet.Contains(word))
        {
            return true;
        }

        foreach (var candidate in Words)
        {
            if (candidate.Length == word.Length + 1 && candidate[^1] == 's' && candidate.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How much a cue at word <paramref name="position"/> counts: fully where the message asks, half in background, against in a negated part.</summary>
    public double Weight(int position)
    {
        if (Negated[position])
        {
            return -1;
        }

        return Asking[SentenceOf[position]] ? 1 : 0.5;
    }

    /// <summary>Whether <paramref name="position"/> and <paramref name="other"/> are in one sentence.</summary>
    public bool SameSentence(int position, int other) => SentenceOf[position] == SentenceOf[other];

    /// <summary>
    /// The same message read as if every sentence asked: for "They asked for the SOC and CIP codes. Can you give me
    /// both?", whose asking sentence only points back at the background.
    /// </summary>
    public Message AskingEverywhere() => new(Raw, Words, SentenceOf, [.. Asking.Select(_ => true)], Negated, Named, Capitalised);

    /// <summary>A set of words for lookups built once per table.</summary>
    public static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
