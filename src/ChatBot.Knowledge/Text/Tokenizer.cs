using System.Text;

namespace ChatBot.Knowledge.Understanding;

/// <summary>
/// Splits text into lower-case words the same way for questions and for framework text, so both meet:
/// letters and digits only, "O*NET" as "onet", hyphenated words as their parts ("mid-level" → "mid", "level").
/// </summary>
internal static class Tokenizer
{
    public const int MaxQuestionLength = 2000;

    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var length = Math.Min(text.Length, MaxQuestionLength);
        for (var i = 0; i < length; i++)
        {
            var character = text[i];
            if (character == '*' && word.Length == 1 && word[0] == 'o')
            {
                continue;
            }

            if (char.IsLetterOrDigit(character))
            {
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
                words.Add(word.ToString());
                word.Clear();
            }
        }
    }

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
