using System.Collections.Frozen;

namespace ChatBot.Knowledge.Understanding;

/// <summary>A question made ready for matching: its words as the store spells them, their stems, and the raw text.</summary>
internal sealed partial class Query
{
    /// <summary>Words that never change what is asked ("who is this framework actually for?").</summary>
    private static readonly FrozenSet<string> Fillers = FrozenSet.ToFrozenSet(
        ["actually", "really", "basically", "literally", "just", "kinda", "sorta", "exactly", "um", "uh", "hmm", "quickly", "quick", "pls", "plz", "please"],
        StringComparer.Ordinal);

    private readonly FrozenSet<string> _wordSet;
    private readonly FrozenSet<string> _stemSet;

    private Query(string raw, List<string> words)
    {
        Raw = raw;
        Words = words;
        Stems = [.. words.Select(Stemmer.Stem)];
        _wordSet = words.ToFrozenSet(StringComparer.Ordinal);
        _stemSet = Stems.ToFrozenSet(StringComparer.Ordinal);
        Squashed = string.Concat(words);
    }

    public string Raw { get; }

    public IReadOnlyList<string> Words { get; }

    public IReadOnlyList<string> Stems { get; }

    /// <summary>All words run together, to meet glued or split spellings ("help desk" / "helpdesk").</summary>
    public string Squashed { get; }

    public static Query Parse(string? text, Vocabulary vocabulary)
    {
        var raw = text ?? "";
        if (raw.Length > Tokenizer.MaxQuestionLength)
        {
            raw = raw[..Tokenizer.MaxQuestionLength];
        }

        // People @mentioned in the question are names, not what is asked about.
        raw = MentionMarkup().Replace(raw, " ");

        var words = new List<string>();
        foreach (var token in Tokenizer.Words(raw))
        {
            if (Fillers.Contains(token))
            {
                continue;
            }

            var word = vocabulary.Correct(Spelling.Americanize(token));
            if (vocabulary.Split(word) is { } parts)
            {
                words.Add(parts.First);
                words.Add(parts.Second);
            }
            else
            {
                words.Add(word);
            }
        }

        return new Query(raw, words);
    }

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

    /// <summary>Every word of <paramref name="phrase"/>, in any order and form ("how much time does AI save" has "time saved").</summary>
    public bool HasAllStems(string phrase) => phrase.Split(' ').All(word => HasStem(Stemmer.Stem(word)));

    /// <summary>True when the words of <paramref name="phrase"/> appear in a row ("job zone", "work styles").</summary>
    public bool HasPhrase(string phrase) => IndexOfPhrase(phrase) >= 0;

    public int IndexOfPhrase(string phrase)
    {
        var parts = phrase.Split(' ');
        for (var i = 0; i + parts.Length <= Words.Count; i++)
        {
            var match = true;
            for (var j = 0; j < parts.Length && match; j++)
            {
                match = Words[i + j] == parts[j];
            }

            if (match)
            {
                return i;
            }
        }

        return -1;
    }

    public bool HasAnyPhrase(IEnumerable<string> phrases) => phrases.Any(HasPhrase);

    [System.Text.RegularExpressions.GeneratedRegex("<at>.*?</at>", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex MentionMarkup();

    /// <summary>Every one of <paramref name="words"/>, in any order ("how much ... make").</summary>
    public bool HasAll(IEnumerable<string> words) => words.All(_wordSet.Contains);
}
