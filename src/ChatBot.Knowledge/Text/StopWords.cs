using System.Collections.Frozen;

namespace ChatBot.Knowledge.Text;

/// <summary>Words that carry no topic: they never match a statement and are never typo-corrected into one.</summary>
internal static class StopWords
{
    /// <summary>Articles, pronouns, prepositions and auxiliaries: the only words dropped from titles and list items.</summary>
    public static readonly FrozenSet<string> Function = FrozenSet.ToFrozenSet(
    [
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "into", "is", "it", "its", "of", "on", "or",
        "the", "to", "with", "within", "their", "them", "they", "this", "that", "these", "those", "all", "any", "each",
    ], StringComparer.Ordinal);

    /// <summary>Contractions as the tokenizer keeps them ("what's", "aren't").</summary>
    private static readonly string[] Contractions =
    [
        "what's", "that's", "it's", "there's", "here's", "who's", "how's", "where's", "let's", "i'm", "i've", "i'd", "i'll",
        "we're", "we've", "they're", "they've", "you're", "you've", "he's", "she's", "isn't", "aren't", "don't", "doesn't",
        "didn't", "can't", "won't", "wouldn't", "shouldn't", "couldn't", "haven't", "hasn't", "wasn't", "weren't",
    ];

    public static readonly FrozenSet<string> All = FrozenSet.ToFrozenSet(
    [
        "a", "about", "above", "after", "again", "all", "also", "am", "an", "and", "any", "anything", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
        "does", "doing", "down", "during", "each", "either", "else", "etc", "even", "ever", "every", "for", "from", "further", "get",
        "gets", "getting", "give", "given", "go", "going", "got", "had", "has", "have", "having", "he", "her", "here",
        "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "know", "let", "like", "look", "looks",
        "me", "might", "mine", "more", "most", "much", "must", "my", "need", "needs", "no", "nor", "not", "now", "of", "off", "oh", "ok",
        "okay", "on", "once", "one", "only", "or", "other", "our", "ours", "out", "over", "own", "please", "quite", "really", "said",
        "say", "see", "she", "should", "show", "so", "some", "such", "tell", "than", "thank", "thanks", "that", "the",
        "their", "theirs", "them", "then", "there", "these", "they", "thing", "things", "think", "this", "those", "through",
        "to", "too", "under", "until", "up", "us", "very", "want", "was", "we", "well", "were", "what", "when", "where",
        "which", "while", "who", "whom", "why", "will", "with", "within", "would", "yes", "yet", "you", "your", "yours",
        "hi", "hello", "hey", "morning", "afternoon", "evening", "guys", "folks", "team", "bot", "maybe", "kind", "sort",
        "lot", "lots", "bit", "stuff", "way", "ways", "make", "makes", "made", "use", "uses", "used", "using", "best",
        "good", "great", "new", "first", "year", "years", "day", "days", "time", "mostly", "again", "still", "already",
        "expected", "expect", "expectation", "expectations", "standard", "standards", "level", "levels", "statement",
        "statements", "framework", "frameworks", "role", "roles", "job", "jobs", "someone", "somebody", "person", "people",
        "staff", "employee", "employees", "worker", "workers", "list", "listed", "show", "shows", "explain", "describe",
        "mean", "means", "meaning", "define", "definition", "cover", "covers", "covered", "include", "includes", "included",
        "says", "saying", "called", "name", "named", "remember", "recall", "wording",
        .. Contractions,
    ], StringComparer.Ordinal);
}
