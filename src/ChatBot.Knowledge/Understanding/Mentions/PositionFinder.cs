using ChatBot.Knowledge.Understanding.Messages;

namespace ChatBot.Knowledge.Understanding.Mentions;

/// <summary>"the second one", "the last one", "number 3", "item 2": an item of the previous answer by its position.</summary>
internal static class PositionFinder
{
    /// <summary>The 1-based position named (-1 for the last), and where, or null.</summary>
    public static (int Index, int Position)? Find(Message message)
    {
        var words = message.Words;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var next = i + 1 < words.Count ? words[i + 1] : "";
            var afterNext = i + 2 < words.Count ? words[i + 2] : "";
            var ordinal = word == "last" ? -1 : LevelWords.Ordinals.GetValueOrDefault(word, 0);
            if (ordinal == 0)
            {
                ordinal = Later.GetValueOrDefault(word, 0);
            }

            // "last one: the Developing AI stuff?" opens the last question of a conversation; "the last one" is an item.
            if (word == "last" && (i == 0 || !message.SameSentence(i - 1, i)) && next == "one" && i + 2 < words.Count && message.SameSentence(i, i + 2))
            {
                continue;
            }

            // "the second one", "the last statement", "the third applying one", "the second of those"; not "the first of the four levels".
            var ofLevels = next == "of" && words.Skip(i + 2).Take(3).Any(later => later is "levels" or "rungs" or "bands" or "tiers" or "grades");
            if (ordinal != 0 && !ofLevels && (IsItemNoun(next) || (IsItemNoun(afterNext) && next is not ("level" or "rung" or "tier"))
                || (next == "of" && afterNext is "those" or "them" or "these" or "the")))
            {
                return (ordinal, i);
            }

            // "number 3", "item 2", "#4", "statement 5".
            if (word is "number" or "item" or "no" or "statement" or "point" or "bullet" && int.TryParse(next, out var numbered) && numbered is > 0 and < 30)
            {
                return (numbered, i);
            }
        }

        return null;
    }

    /// <summary>Positions past the four levels' ordinals: "the 8th one", "the tenth statement".</summary>
    private static readonly Dictionary<string, int> Later = new(StringComparer.Ordinal)
    {
        ["fifth"] = 5,
        ["5th"] = 5,
        ["sixth"] = 6,
        ["6th"] = 6,
        ["seventh"] = 7,
        ["7th"] = 7,
        ["eighth"] = 8,
        ["8th"] = 8,
        ["ninth"] = 9,
        ["9th"] = 9,
        ["tenth"] = 10,
        ["10th"] = 10,
        ["eleventh"] = 11,
        ["11th"] = 11,
        ["twelfth"] = 12,
        ["12th"] = 12,
    };

    private static bool IsItemNoun(string word) => word is "one" or "ones" or "item" or "statement" or "point" or "bullet" or "entry" or "bit";
}
