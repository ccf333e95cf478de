using System.Text;

namespace ChatBot.Knowledge.Text;

/// <summary>
/// Splits text into lower-case words the same way for questions and for framework text, so both meet:
/// letters and digits only, "O*NET" as "onet", hyphenated words as their parts ("mid-level" → "mid", "level").
/// </summary>
internal static class Tokenizer
{
    public const int MaxQuestionLength = 2000;

    public static List<string> Words(string text) => [.. WordsWithCase(text).Select(word => word.Word)];

    /// <summary>The words of <paramref name="text"/>, each with whether it was written with a capital first letter.</summary>
    public static List<(string Word, bool Capital)> WordsWithCase(string text)
    {
        var words = new List<(string, bool)>();
        var capital = false;
        var lowerAfterFirst = false;
        var word = new StringBuilder();
        var length = Math.Min(text.Length, MaxQuestionLength);
        for (var i = 0; i < length; i++)
        {
            var character = text[i] == '\u2019' ? '\'' : text[i];
            if (character == '*' && word.Length == 1 && word[0] == 'o')
            {
                continue;
            }

            if (char.IsLetterOrDigit(character))
            {
                if (word.Length == 0)
                {
                    capital = char.IsUpper(character);
                    lowerAfterFirst = false;
                }
                else
                {
                    lowerAfterFirst |= char.IsLower(character);
                }

                word.Append(char.ToLowerInvariant(character));
            }
            else if (character == '\'' && word.Length > 0 && i + 1 < length && char.IsLetter(text[i + 1]))
            {
                // "what's", "aren't": keep the word whole so "n't" can be seen as a negation.
                word.Append('\'');
            }
            else
            {
                Flush();
            }
        }

        Flush();
        return words;

        void Flush()
        {
            if (word.Length > 0)
            {
                // "Sam" is capitalised; "AI" and "GIS" are acronyms.
                words.Add((WithoutPossessive(word.ToString()), capital && lowerAfterFirst));
                word.Clear();
            }
        }
    }

    /// <summary>Contractions in "'s" that are not possessives: they stay whole, as stop words.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> SContractions = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["what's", "that's", "it's", "there's", "here's", "who's", "how's", "where's", "let's", "he's", "she's", "when's", "why's"], StringComparer.Ordinal);

    /// <summary>"dispatcher's" → "dispatcher", "level 2's" → "2": the owner is the word that counts.</summary>
    private static string WithoutPossessive(string word) =>
        word.Length > 2 && word.EndsWith("'s", StringComparison.Ordinal) && !SContractions.Contains(word) ? word[..^2] : word;

    /// <summary>Letters and digits only, lower case: "Multi-channel relay" → "multichannelrelay".</summary>
    public static string Squash(string text)
    {
        var squashed = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            if (char.IsLetterOrDigit(character))
            {
                squashed.Append(char.ToLowerInvariant(character));
            }
        }

        return squashed.ToString();
    }

    /// <summary>The stems of the words of <paramref name="text"/> that carry a topic in a question.</summary>
    public static List<string> ContentStems(string text) =>
        [.. Words(text).Select(Spelling.Americanize).Where(word => !StopWords.All.Contains(word)).Select(Stemmer.Stem)];

    /// <summary>The stems of every word of framework text but function words: a title keeps "standards" and "level".</summary>
    public static List<string> TextStems(string text) =>
        [.. Words(text).Where(word => !StopWords.Function.Contains(word)).Select(Stemmer.Stem)];
}
