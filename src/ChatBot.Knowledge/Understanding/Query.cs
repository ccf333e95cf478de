using System.Collections.Frozen;

namespace ChatBot.Knowledge.Understanding;

/// <summary>A question made ready for matching: its words as the store spells them, their stems, and the raw text.</summary>
internal sealed partial class Query
{
    /// <summary>Words that never change what is asked ("who is this framework actually for?").</summary>
    private static readonly FrozenSet<string> Fillers = FrozenSet.ToFrozenSet(
        ["actually", "really", "basically", "literally", "just", "kinda", "sorta", "exactly", "um", "uh", "hmm", "quickly", "quick", "pls", "plz", "please"],
        StringComparer.Ordinal);

    /// <summary>The stems of the routing table's phrases, worked out once: the phrases are fixed, so this stays small.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> PhraseStems = new(StringComparer.Ordinal);

    // Plain hash sets: a query lives for one question, and frozen sets cost more to build than they save.
    private readonly HashSet<string> _wordSet;
    private readonly HashSet<string> _stemSet;

    /// <summary>" w1 w2 w3 ": phrases are found in it without splitting them or allocating.</summary>
    private readonly string _spaced;

    /// <summary>
    /// A bit per letter a-z that starts a word: a phrase found on word boundaries starts a word, so a phrase whose
    /// first letter starts none is not searched for. Most of the routing table's phrases are settled by this.
    /// </summary>
    private readonly uint _initials;

    private Query(string raw, List<string> words)
    {
        Raw = raw;
        Words = words;
        var stems = new string[words.Count];
        for (var i = 0; i < stems.Length; i++)
        {
            stems[i] = Stemmer.Stem(words[i]);
        }

        Stems = stems;
        _wordSet = new HashSet<string>(words, StringComparer.Ordinal);
        _stemSet = new HashSet<string>(stems, StringComparer.Ordinal);
        Squashed = string.Concat(words);
        _spaced = $" {string.Join(' ', words)} ";
        foreach (var word in words)
        {
            _initials |= word.Length > 0 ? LetterBit(word[0]) : 0;
        }
    }

    public string Raw { get; }

    public IReadOnlyList<string> Words { get; }

    public IReadOnlyList<string> Stems { get; }

    /// <summary>All words run together, to meet glued or split spellings ("help desk" / "helpdesk").</summary>
    public string Squashed { get; }

    public static Query Parse(string? text, Vocabulary vocabulary)
    {
        var raw = QuestionReader.Considered(text);

        // People @mentioned in the question are names, not what is asked about.
        if (raw.Contains("<at", StringComparison.OrdinalIgnoreCase))
        {
            raw = MentionMarkup().Replace(raw, " ");
        }

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

    /// <summary>Whether <paramref name="word"/> or its plural in <c>s</c> is one of the question's words, without building the plural.</summary>
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

    /// <summary>Every word of <paramref name="phrase"/>, in any order and form ("how much time does AI save" has "time saved").</summary>
    public bool HasAllStems(string phrase)
    {
        foreach (var stem in PhraseStems.GetOrAdd(phrase, static text => [.. text.Split(' ').Select(Stemmer.Stem)]))
        {
            if (!_stemSet.Contains(stem))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the words of <paramref name="phrase"/> appear in a row ("job zone", "work styles").</summary>
    public bool HasPhrase(string phrase) => FindPhrase(phrase) >= 0;

    /// <summary>The character position of the phrase in the spaced text, on word boundaries, or -1.</summary>
    private int FindPhrase(string phrase)
    {
        if (phrase.Length == 0 || (LetterBit(phrase[0]) is var initial and not 0 && (_initials & initial) == 0))
        {
            return -1;
        }

        var text = _spaced.AsSpan();
        var offset = 0;
        while (true)
        {
            var found = text[offset..].IndexOf(phrase, StringComparison.Ordinal);
            if (found < 0)
            {
                return -1;
            }

            var start = offset + found;
            if (text[start - 1] == ' ' && text[start + phrase.Length] == ' ')
            {
                return start - 1;
            }

            offset = start + 1;
        }
    }

    public bool HasAnyPhrase(params ReadOnlySpan<string> phrases) => FirstPhrase(phrases) is not null;

    /// <summary>The first of <paramref name="phrases"/> the question has, or null.</summary>
    public string? FirstPhrase(ReadOnlySpan<string> phrases)
    {
        foreach (var phrase in phrases)
        {
            if (FindPhrase(phrase) >= 0)
            {
                return phrase;
            }
        }

        return null;
    }

    /// <summary>Whether the question starts with one of <paramref name="phrases"/>.</summary>
    public bool StartsWithAnyPhrase(ReadOnlySpan<string> phrases)
    {
        foreach (var phrase in phrases)
        {
            if (FindPhrase(phrase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The bit of a letter a-z, or 0 for any other character.</summary>
    private static uint LetterBit(char character) => character is >= 'a' and <= 'z' ? 1u << (character - 'a') : 0;

    [System.Text.RegularExpressions.GeneratedRegex("<at>.*?</at>", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex MentionMarkup();

    /// <summary>Every one of <paramref name="words"/>, in any order ("how much ... make").</summary>
    public bool HasAll(ReadOnlySpan<string> words)
    {
        foreach (var word in words)
        {
            if (!_wordSet.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Every word of at least one of <paramref name="sets"/>.</summary>
    public bool HasAllOfAny(ReadOnlySpan<string[]> sets)
    {
        foreach (var set in sets)
        {
            if (HasAll(set))
            {
                return true;
            }
        }

        return false;
    }
}
