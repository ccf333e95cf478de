using System.Collections.Frozen;
using System.Text.RegularExpressions;
using ChatBot.Knowledge.Text;

namespace ChatBot.Knowledge.Understanding.Messages;

/// <summary>
/// Stage 1, normalize: splits chat text into sentences and clauses, then into the store's words (case folded, British
/// and chat spellings folded, typos corrected only toward words the store uses and never away from real English
/// words, glued words split), and marks which sentences ask and which words are negated.
/// </summary>
internal static partial class MessageParser
{
    /// <summary>Words that never change what is asked ("who is this framework actually for?").</summary>
    private static readonly FrozenSet<string> Fillers = Message.Set(
        "actually", "really", "basically", "literally", "kinda", "sorta", "exactly", "um", "uh", "hmm", "quickly", "quick", "pls", "plz", "please", "tbh", "btw", "fyi", "lol", "thx");

    /// <summary>Words that negate what follows them in their clause.</summary>
    private static readonly FrozenSet<string> Negations = Message.Set(
        "not", "no", "don't", "dont", "doesn't", "doesnt", "didn't", "isn't", "aren't", "won't", "can't", "cannot", "never", "nor", "without",
        "skip", "ignore", "excluding", "except", "minus", "forget", "neither");

    /// <summary>Words after a negation that start what is wanted instead ("not the AI stuff, just the statements").</summary>
    private static readonly FrozenSet<string> Positives = Message.Set("just", "only", "but", "instead", "rather", "simply", "purely", "mainly", "mostly");

    /// <summary>A negation word followed by one of these is a hedge, not a negation ("not sure which level", "don't know").</summary>
    private static readonly FrozenSet<string> Hedges = Message.Set(
        "sure", "certain", "clear", "know", "idea", "familiar", "understand", "quite", "worries", "rush", "problem", "urgent", "yet", "tell",
        "decide", "figure", "remember", "recall", "mind", "bother", "expert", "confident", "convinced", "positive");

    /// <summary>First words of a sentence that asks or requests, even without a question mark.</summary>
    private static readonly FrozenSet<string> AskOpeners = Message.Set(
        "what", "what's", "whats", "which", "how", "who", "where", "when", "why", "can", "could", "would", "will", "is", "are", "do", "does", "did",
        "should", "tell", "show", "give", "list", "compare", "explain", "describe", "walk", "help", "pull", "share", "send", "need", "i'd", "id",
        "looking", "any", "please", "pls", "summarise", "summarize", "outline", "break", "find", "search", "define", "get", "grab", "lay", "spell",
        "remind", "clarify", "confirm", "check", "let", "point", "talk", "go", "display", "provide", "detail", "map", "set", "put", "and");

    /// <summary>Words inside a sentence that make it a request ("could you", "I'd like", "I need").</summary>
    private static readonly FrozenSet<string> RequestWords = Message.Set("you", "please", "pls", "need", "want", "like", "wondering", "curious", "keen", "looking", "after", "interested");

    /// <summary>Words that open a new clause inside a sentence.</summary>
    private static readonly FrozenSet<string> ClauseOpeners = Message.Set("but", "although", "though", "however", "whereas", "instead", "rather");

    public static Message Parse(string? text, Vocabulary vocabulary)
    {
        var raw = QuestionText.Considered(text);

        // People @mentioned in the question are names, not what is asked about.
        if (raw.Contains("<at", StringComparison.OrdinalIgnoreCase))
        {
            raw = MentionMarkup().Replace(raw, " ");
        }

        // "L3 → L4", "L2->L3": an arrow says "to".
        raw = raw.Replace("→", " to ", StringComparison.Ordinal).Replace("->", " to ", StringComparison.Ordinal).Replace("=>", " to ", StringComparison.Ordinal);

        var words = new List<string>();
        var sentenceOf = new List<int>();
        var negated = new List<bool>();
        var named = new List<bool>();
        var capitalised = new List<bool>();
        var questionMarks = new List<bool>();
        var requests = new List<bool>();
        foreach (var (sentence, asks) in Sentences(raw))
        {
            var first = words.Count;
            foreach (var clause in Clauses(sentence))
            {
                var negating = false;
                var previous = "";
                foreach (var (token, capital) in Tokenizer.WordsWithCase(clause))
                {
                    if (Fillers.Contains(token))
                    {
                        continue;
                    }

                    if (ClauseOpeners.Contains(token) || Positives.Contains(token))
                    {
                        negating = false;
                    }

                    var word = Corrected(vocabulary, token, capital);
                    if (negating && Hedges.Contains(word) && Negations.Contains(previous))
                    {
                        // "not sure which level": the negation hedged, it did not exclude anything.
                        negating = false;
                        negated[^1] = false;
                    }

                    var isNegation = Negations.Contains(word) || word.EndsWith("n't", StringComparison.Ordinal);
                    foreach (var part in vocabulary.Split(word) is { } parts ? [parts.First, parts.Second] : new[] { word })
                    {
                        words.Add(part);
                        sentenceOf.Add(questionMarks.Count);
                        negated.Add(negating);
                        named.Add(capital && words.Count - 1 > first && !vocabulary.IsKnown(part) && !StopWords.All.Contains(part));
                        capitalised.Add(capital && words.Count - 1 > first);
                    }

                    negating |= isNegation;
                    previous = word;
                }
            }

            if (words.Count > first)
            {
                questionMarks.Add(asks);
                requests.Add(Requests(words, first, out _));
            }
        }

        // The sentences with a question mark ask, and so do requests ("Could you share ...", "Show me ..."); when none has
        // a question mark, statements of need ask too ("I need the Developing statements"); a message that asks nowhere
        // ("communication skills for a junior") asks everywhere.
        var anyQuestion = questionMarks.Contains(true);
        var asking = questionMarks.Select((question, sentence) => question || Imperative(words, sentenceOf, sentence) || (!anyQuestion && requests[sentence]) || PoliteRequest(words, sentenceOf, sentence)).ToList();
        if (!asking.Contains(true))
        {
            asking = [.. asking.Select(_ => true)];
        }

        return new Message(raw, words, sentenceOf, asking, negated, named, capitalised);
    }

    /// <summary>
    /// The word as the store spells it. A short capitalised word the store does not know is a name ("Lena", "Kofi"):
    /// it is corrected only into a level's name ("Senoir"), never into a framework word ("Lena" is not "NENA").
    /// </summary>
    private static string Corrected(Vocabulary vocabulary, string token, bool capital)
    {
        var american = Spelling.Americanize(token);
        var word = vocabulary.Correct(american);
        return capital && american.Length <= 5 && word != american && !Mentions.LevelWords.All.Contains(word) ? american : word;
    }

    /// <summary>Words that open a sentence as a command or a polite request ("Show me", "Could you", "Please list").</summary>
    private static readonly FrozenSet<string> ImperativeOpeners = Message.Set(
        "can", "could", "would", "will", "please", "pls", "show", "give", "list", "tell", "compare", "explain", "describe", "walk", "pull",
        "share", "send", "summarise", "summarize", "outline", "break", "find", "search", "define", "get", "grab", "lay", "spell", "remind",
        "clarify", "confirm", "check", "point", "display", "provide", "detail", "map", "put", "what", "what's", "whats", "which", "how", "who",
        "where", "when", "why", "is", "are", "does", "do", "should", "any");

    /// <summary>"If it is, I'd like to see the entry-level statements": a request for something, wherever it opens.</summary>
    private static bool PoliteRequest(List<string> words, List<int> sentenceOf, int sentence)
    {
        for (var i = sentenceOf.IndexOf(sentence); i >= 0 && i + 2 < words.Count && sentenceOf[i] == sentence; i++)
        {
            if ((words[i] is "i'd" or "id" && words[i + 1] is "like" or "love") || (words[i] is "could" or "can" or "would" && words[i + 1] == "you"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Imperative(List<string> words, List<int> sentenceOf, int sentence)
    {
        var first = sentenceOf.IndexOf(sentence);
        return first >= 0 && ImperativeOpeners.Contains(words[first]);
    }

    /// <summary>Whether the sentence from <paramref name="first"/> to the end of <paramref name="words"/> reads as a request.</summary>
    private static bool Requests(List<string> words, int first, out bool imperative)
    {
        imperative = ImperativeOpeners.Contains(words[first]);
        if (AskOpeners.Contains(words[first]))
        {
            return true;
        }

        for (var i = first; i < words.Count; i++)
        {
            if (RequestWords.Contains(words[i]) && i > first && words[i - 1] is "could" or "can" or "would" or "i'd" or "i" or "we" or "we'd" or "i'm" or "im" or "we're" or "really" or "be")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The sentences of the text, and whether each ends in a question mark.</summary>
    private static IEnumerable<(string Text, bool Asks)> Sentences(string raw)
    {
        var start = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            var character = raw[i];
            var ends = character is '?' or '!' or '\n' or '\r'
                || (character == '.' && (i + 1 == raw.Length || char.IsWhiteSpace(raw[i + 1])) && !IsAbbreviation(raw, i));
            if (ends)
            {
                yield return (raw[start..i], character == '?' || (i + 1 < raw.Length && raw[i + 1] == '?'));
                start = i + 1;
            }
        }

        if (start < raw.Length)
        {
            yield return (raw[start..], false);
        }
    }

    /// <summary>"e.g." and "i.e." end no sentence.</summary>
    private static bool IsAbbreviation(string raw, int dot) =>
        dot >= 3 && raw[dot - 2] == '.' && char.IsLetter(raw[dot - 1]) && char.IsLetter(raw[dot - 3]);

    /// <summary>The clauses of a sentence: split at commas, semicolons, colons, brackets and dashes between words.</summary>
    private static IEnumerable<string> Clauses(string sentence)
    {
        var start = 0;
        for (var i = 0; i < sentence.Length; i++)
        {
            var character = sentence[i];
            var splits = character is ',' or ';' or ':' or '(' or ')' or '—' or '–'
                || (character == '-' && i > 0 && i + 1 < sentence.Length && sentence[i - 1] == ' ' && sentence[i + 1] == ' ');
            if (splits)
            {
                yield return sentence[start..i];
                start = i + 1;
            }
        }

        yield return sentence[start..];
    }

    [GeneratedRegex("<at>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex MentionMarkup();
}
